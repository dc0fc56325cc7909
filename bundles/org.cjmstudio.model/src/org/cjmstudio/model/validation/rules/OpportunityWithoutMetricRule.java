package org.cjmstudio.model.validation.rules;

import org.cjmstudio.model.Opportunity;
import org.cjmstudio.model.validation.ElementLabels;
import org.cjmstudio.model.validation.Findings;
import org.cjmstudio.model.validation.ValidationRule;

/** Without a metric nobody will know whether the change worked. */
public final class OpportunityWithoutMetricRule implements ValidationRule<Opportunity> {

	@Override
	public String id() {
		return "opportunity.no-metric";
	}

	@Override
	public Class<Opportunity> appliesTo() {
		return Opportunity.class;
	}

	@Override
	public void check(Opportunity opportunity, Findings findings) {
		if (opportunity.getMetrics().isEmpty()) {
			findings.warning(opportunity, ElementLabels.describe(opportunity)
					+ " has no metric. Say which KPI (conversion, NPS, drop-off, ...) will show whether it worked.");
		}
	}
}
