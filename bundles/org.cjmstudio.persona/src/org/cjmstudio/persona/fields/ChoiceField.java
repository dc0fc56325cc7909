package org.cjmstudio.persona.fields;

import java.util.List;

import org.cjmstudio.persona.editing.PortraitEdits;
import org.cjmstudio.persona.editing.PortraitPart;
import org.cjmstudio.persona.editing.PropertyDescriptors;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;

/** A labelled drop-down for a value from a fixed list, such as whether the persona is a consumer or a business. */
public final class ChoiceField implements FieldKit.Refreshable {

	private final PortraitEdits edits;
	private final PortraitPart part;
	private final EAttribute attribute;
	private final String label;
	private final List<Object> values;
	private final Combo combo;

	ChoiceField(FieldKit kit, Composite client, String label, PortraitPart part, EAttribute attribute) {
		if (!(attribute.getEAttributeType() instanceof EEnum choices)) {
			throw new IllegalArgumentException(attribute.getName() + " is not a choice from a fixed list");
		}
		this.edits = kit.session().edits();
		this.part = part;
		this.attribute = attribute;
		this.label = label;
		this.values = choices.getELiterals().stream().map(EEnumLiteral::getInstance).map(Object.class::cast).toList();
		kit.label(client, label);
		combo = FieldIds.tag(new Combo(client, SWT.READ_ONLY | SWT.DROP_DOWN), FieldIds.of(part, attribute));
		kit.toolkit().adapt(combo, true, false);
		combo.setItems(labels(kit.session().adapterFactory(), choices));
		combo.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
		combo.addListener(SWT.Selection, event -> apply());
	}

	public Combo control() {
		return combo;
	}

	@Override
	public void refresh() {
		if (!combo.isDisposed()) {
			combo.select(values.indexOf(edits.valueOf(part, attribute)));
		}
	}

	private void apply() {
		int index = combo.getSelectionIndex();
		if (index >= 0) {
			edits.set(part, attribute, values.get(index), label);
		}
	}

	/** The item providers' words for the choices ("Decision maker"), or the literals where the part is missing. */
	private String[] labels(AdapterFactory adapterFactory, EEnum choices) {
		EObject owner = part.of(edits.persona());
		return choices.getELiterals().stream()
				.map(literal -> owner == null ? literal.getLiteral()
						: PropertyDescriptors.labelOf(adapterFactory, owner, attribute, literal.getInstance()))
				.toArray(String[]::new);
	}
}
