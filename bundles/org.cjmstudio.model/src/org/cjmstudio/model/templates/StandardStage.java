package org.cjmstudio.model.templates;

import org.cjmstudio.model.Phase;
import org.cjmstudio.model.StageKind;

/**
 * The six stages a customer passes through in the classic journey, in order, with the purchase phase each belongs to.
 * A new map from the standard template gets one stage of each.
 */
public enum StandardStage {

	NEED("Need", StageKind.NEED, Phase.BEFORE_PURCHASE,
			"The customer realises a need or a problem to solve."),
	INFORMATION_SEARCH("Information search", StageKind.INFORMATION_SEARCH, Phase.BEFORE_PURCHASE,
			"The customer looks for ways to meet the need: searches, asks, reads reviews."),
	CHOOSING_ALTERNATIVES("Choosing alternatives", StageKind.CHOOSING_ALTERNATIVES, Phase.BEFORE_PURCHASE,
			"The customer compares offers and providers against their criteria."),
	PURCHASE("Purchase", StageKind.PURCHASE, Phase.DURING_PURCHASE,
			"The customer orders, pays and receives the product or service."),
	USAGE("Usage", StageKind.USAGE, Phase.AFTER_PURCHASE,
			"The customer uses the product, asks for support, forms an opinion."),
	LOYALTY_OR_CHURN("Loyalty or churn", StageKind.LOYALTY_OR_CHURN, Phase.AFTER_PURCHASE,
			"The customer buys again and recommends, or leaves.");

	private final String label;
	private final StageKind kind;
	private final Phase phase;
	private final String description;

	StandardStage(String label, StageKind kind, Phase phase, String description) {
		this.label = label;
		this.kind = kind;
		this.phase = phase;
		this.description = description;
	}

	public String label() {
		return label;
	}

	public StageKind kind() {
		return kind;
	}

	public Phase phase() {
		return phase;
	}

	public String description() {
		return description;
	}
}
