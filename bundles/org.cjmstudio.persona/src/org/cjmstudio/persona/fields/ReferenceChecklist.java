package org.cjmstudio.persona.fields;

import java.util.List;
import java.util.function.Supplier;

import org.cjmstudio.edit.ui.viewers.ItemProviderLabelProvider;
import org.cjmstudio.persona.editing.PortraitEdits;
import org.cjmstudio.persona.editing.PortraitPart;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckStateChangedEvent;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;

/**
 * A checkbox per element of the map a reference may point at: the channels a persona prefers, the studies and data
 * sources it was built from. Ticking one adds it to the reference, clearing the tick removes it, each as a command.
 */
public final class ReferenceChecklist implements FieldKit.Refreshable {

	private final PortraitEdits edits;
	private final PortraitPart part;
	private final EReference reference;
	private final String item;
	private final Supplier<List<?>> candidates;
	private final CheckboxTableViewer viewer;
	private List<?> shown;

	ReferenceChecklist(FieldKit kit, Composite client, String item, PortraitPart part, EReference reference,
			Supplier<List<?>> candidates) {
		this.edits = kit.session().edits();
		this.part = part;
		this.reference = reference;
		this.item = item;
		this.candidates = candidates;
		Table table = FieldIds.tag(kit.table(client, SWT.CHECK | SWT.V_SCROLL),
				FieldIds.of(part, reference));
		GridData data = FieldKit.fill(table, 8 * table.getItemHeight());
		data.horizontalSpan = 2;
		viewer = new CheckboxTableViewer(table);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		// Its own label provider: a viewer disposes its label provider, and with it the icons, when it is disposed.
		viewer.setLabelProvider(new ItemProviderLabelProvider(kit.session().adapterFactory()));
		viewer.addCheckStateListener(this::checked);
	}

	public CheckboxTableViewer viewer() {
		return viewer;
	}

	@Override
	public void refresh() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		List<?> available = List.copyOf(candidates.get());
		if (!available.equals(shown)) {
			shown = available;
			viewer.setInput(available);
		}
		viewer.setCheckedElements(((List<?>) edits.valueOf(part, reference)).toArray());
	}

	private void checked(CheckStateChangedEvent event) {
		if (event.getChecked()) {
			edits.add(part, reference, event.getElement(), item);
		} else {
			edits.remove(part, reference, List.of(event.getElement()), item);
		}
	}
}
