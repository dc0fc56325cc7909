package org.cjmstudio.diagram.layout;

import org.cjmstudio.model.Barrier;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.Emotion;
import org.cjmstudio.model.Metric;
import org.cjmstudio.model.Opportunity;
import org.cjmstudio.model.Step;
import org.cjmstudio.model.Touchpoint;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/**
 * The rows of a journey map, top to bottom. Each stage column has one cell per lane; a card lives in the lane of its
 * kind. The evidence lane holds no cards: it counts the research behind the stage's cards.
 */
public enum Lane {

	STEPS("Steps", "What the customer does, thinks and asks", CjmPackage.Literals.STEP),
	TOUCHPOINTS("Touchpoints", "Where the customer meets the business", CjmPackage.Literals.TOUCHPOINT),
	EMOTIONS("Emotions", "How the customer feels, from -3 to +3", CjmPackage.Literals.EMOTION),
	BARRIERS("Barriers", "Pain points, coloured by severity", CjmPackage.Literals.BARRIER),
	OPPORTUNITIES("Opportunities", "What the business will change", CjmPackage.Literals.OPPORTUNITY),
	METRICS("Metrics", "KPIs that show whether it worked", CjmPackage.Literals.METRIC),
	EVIDENCE("Evidence", "Interviews and insights behind the cards", null);

	private final String title;
	private final String description;
	private final EClass cardType;

	Lane(String title, String description, EClass cardType) {
		this.title = title;
		this.description = description;
		this.cardType = cardType;
	}

	public String title() {
		return title;
	}

	public String description() {
		return description;
	}

	/** The kind of card the lane holds, or null for the evidence lane. */
	public EClass cardType() {
		return cardType;
	}

	public boolean holds(EObject card) {
		return cardType != null && cardType.isInstance(card);
	}

	/** The lane a card belongs to. */
	public static Lane of(EObject card) {
		if (card instanceof Step) {
			return STEPS;
		}
		if (card instanceof Touchpoint) {
			return TOUCHPOINTS;
		}
		if (card instanceof Emotion) {
			return EMOTIONS;
		}
		if (card instanceof Barrier) {
			return BARRIERS;
		}
		if (card instanceof Opportunity) {
			return OPPORTUNITIES;
		}
		if (card instanceof Metric) {
			return METRICS;
		}
		throw new IllegalArgumentException("Not a card of a journey map: " + card.eClass().getName());
	}
}
