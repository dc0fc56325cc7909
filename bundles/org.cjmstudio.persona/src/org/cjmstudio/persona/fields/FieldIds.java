package org.cjmstudio.persona.fields;

import org.cjmstudio.persona.editing.PortraitPart;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * Names each field's control after the model feature it edits ({@code "demographics.ageMin"}, {@code
 * "persona.goals"}), so that UI tests and assistive tools find a field without depending on the page layout.
 */
public final class FieldIds {

	/** The {@link Control#getData(String)} key under which a control carries its field id. */
	public static final String KEY = "org.cjmstudio.persona.field";

	private FieldIds() {
	}

	public static String of(PortraitPart part, EStructuralFeature feature) {
		return part.name().toLowerCase() + "." + feature.getName();
	}

	public static <C extends Control> C tag(C control, String id) {
		control.setData(KEY, id);
		return control;
	}

	/** The control with field id {@code id} under {@code root}, or {@code null} if that page shows no such field. */
	public static <C extends Control> C find(Control root, String id, Class<C> type) {
		if (id.equals(root.getData(KEY)) && type.isInstance(root)) {
			return type.cast(root);
		}
		if (root instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				C found = find(child, id, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
