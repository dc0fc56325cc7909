package org.cjmstudio.model.validation.rules;

import org.cjmstudio.model.Opportunity;
import org.cjmstudio.model.validation.ElementLabels;
import org.cjmstudio.model.validation.Findings;
import org.cjmstudio.model.validation.ValidationRule;

/** A change that removes no known barrier is a solution looking for a problem. */
public final class OpportunityWithoutBarrierRule implements ValidationRule<Opportunity> {

	@Override
	public String id() {
		return "opportunity.no-barrier";
	}

	@Override
	public Class<Opportunity> appliesTo() {
		return Opportunity.class;
	}

	@Override
	public void check(Opportunity opportunity, Findings findings) {
		if (opportunity.getAddresses().isEmpty()) {
			findings.warning(opportunity, ElementLabels.describe(opportunity)
					+ " addresses no barrier. Link it to the pain point it removes.");
		}
	}
}
