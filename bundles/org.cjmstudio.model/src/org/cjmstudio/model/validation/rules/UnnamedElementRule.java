package org.cjmstudio.model.validation.rules;

import org.cjmstudio.model.CjmElement;
import org.cjmstudio.model.Persona;
import org.cjmstudio.model.Stage;
import org.cjmstudio.model.Step;
import org.cjmstudio.model.validation.ElementLabels;
import org.cjmstudio.model.validation.Findings;
import org.cjmstudio.model.validation.ValidationRule;

/**
 * Stages, steps and personas are what a reader of the map follows: one without a name shows as an empty column,
 * row or chip, and the SHACL shapes require the name too.
 */
public final class UnnamedElementRule implements ValidationRule<CjmElement> {

	@Override
	public String id() {
		return "element.no-name";
	}

	@Override
	public Class<CjmElement> appliesTo() {
		return CjmElement.class;
	}

	@Override
	public void check(CjmElement element, Findings findings) {
		String name = nameOf(element);
		if (name != null && name.isBlank()) {
			findings.error(element, capitalised(ElementLabels.describe(element))
					+ " has no name. Name it (F2 on the map, or the Properties view).");
		}
	}

	/** The element's name, "" when it has none, or null when this rule does not ask for a name. */
	private static String nameOf(CjmElement element) {
		String name;
		if (element instanceof Stage stage) {
			name = stage.getName();
		} else if (element instanceof Step step) {
			name = step.getName();
		} else if (element instanceof Persona persona) {
			name = persona.getName();
		} else {
			return null;
		}
		return name == null ? "" : name;
	}

	private static String capitalised(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
