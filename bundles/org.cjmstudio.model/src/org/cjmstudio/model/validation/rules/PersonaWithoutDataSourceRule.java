package org.cjmstudio.model.validation.rules;

import org.cjmstudio.model.Persona;
import org.cjmstudio.model.validation.ElementLabels;
import org.cjmstudio.model.validation.Findings;
import org.cjmstudio.model.validation.ValidationRule;

/** A portrait drawn from no data describes the team's idea of the customer. */
public final class PersonaWithoutDataSourceRule implements ValidationRule<Persona> {

	@Override
	public String id() {
		return "persona.no-data-source";
	}

	@Override
	public Class<Persona> appliesTo() {
		return Persona.class;
	}

	@Override
	public void check(Persona persona, Findings findings) {
		if (persona.getEvidence().isEmpty()) {
			findings.warning(persona, ElementLabels.describe(persona)
					+ " is built on no data source. Link the interviews, CRM or analytics it was drawn from.");
		}
	}
}
