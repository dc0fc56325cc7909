package org.cjmstudio.model.validation.rules;

import org.cjmstudio.model.Barrier;
import org.cjmstudio.model.validation.ElementLabels;
import org.cjmstudio.model.validation.Findings;
import org.cjmstudio.model.validation.ValidationRule;

/** A barrier no interview, insight or data source backs is a guess about the customer, not a finding. */
public final class AssumedBarrierRule implements ValidationRule<Barrier> {

	@Override
	public String id() {
		return "barrier.no-evidence";
	}

	@Override
	public Class<Barrier> appliesTo() {
		return Barrier.class;
	}

	@Override
	public void check(Barrier barrier, Findings findings) {
		if (barrier.getEvidence().isEmpty()) {
			findings.warning(barrier, "Assumption: " + ElementLabels.describeWithStage(barrier)
					+ " cites no evidence. Link it to the interviews, insights or data that show it.");
		}
	}
}
