package org.cjmstudio.rdf.mapping;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.cjmstudio.model.BuyingCommitteeRole;
import org.cjmstudio.model.Channel;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.Comment;
import org.cjmstudio.model.CommentThread;
import org.cjmstudio.model.CompanyProfile;
import org.cjmstudio.model.DecisionMaking;
import org.cjmstudio.model.Demographics;
import org.cjmstudio.model.Emotion;
import org.cjmstudio.model.EmotionState;
import org.cjmstudio.model.Evidence;
import org.cjmstudio.model.ExternalLink;
import org.cjmstudio.model.Insight;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Lifestyle;
import org.cjmstudio.model.Metric;
import org.cjmstudio.model.Opportunity;
import org.cjmstudio.model.Persona;
import org.cjmstudio.model.PsychologicalProfile;
import org.cjmstudio.model.Quote;
import org.cjmstudio.model.Stage;
import org.cjmstudio.model.Step;
import org.cjmstudio.model.Touchpoint;
import org.cjmstudio.model.Barrier;
import org.cjmstudio.model.emotions.EmotionLabels;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The human-readable name of every exported resource, its {@code rdfs:label}, for triple-store browsers and other
 * generic tools that show labels and nothing else. A label is made from the element's own values only (never from
 * another element's, such as its persona's name): collaboration exports only the elements a change touched, and a
 * label taken from elsewhere would go stale in the team repository. Elements without a name of their own are named
 * by what they hold ("Demographics: 25-34, female, Berlin", "Frustrated (-2)", a quote by its words); an element
 * whose name is empty is "Unnamed stage".
 */
public final class Labels {

	private static final int LONGEST = 80;

	private Labels() {
	}

	public static String of(EObject element) {
		String label = switch (element) {
		case JourneyMap map -> map.getTitle();
		case Persona persona -> persona.getName();
		case Stage stage -> stage.getName();
		case Step step -> step.getName();
		case Touchpoint touchpoint -> touchpoint.getName();
		case Barrier barrier -> barrier.getName();
		case Channel channel -> channel.getName();
		case Metric metric -> metric.getName();
		case Opportunity opportunity -> opportunity.getTitle();
		case Emotion emotion -> emotion(emotion);
		case Quote quote -> quote(quote);
		case Insight insight -> firstGiven(insight.getTitle(), insight.getStatement());
		case Evidence evidence -> evidence.getTitle();
		case BuyingCommitteeRole role -> role(role);
		case Demographics demographics -> profile(demographics, ageRange(demographics), demographics.getGender(),
				demographics.getRegion(), demographics.getOccupation(), demographics.getFamilyStatus());
		case Lifestyle lifestyle -> profile(lifestyle, lifestyle.getTimeOnline(), lifestyle.getPurchaseFrequency());
		case DecisionMaking decisions -> profile(decisions, decisions.getDecider(), decisions.getDuration());
		case PsychologicalProfile psychology -> profile(psychology, psychology.getTemperament(),
				psychology.getCommunicativeness());
		case CompanyProfile company -> profile(company, company.getIndustry(), company.getSize(),
				company.getGeography());
		case ExternalLink link -> firstGiven(link.getLabel(), link.getTarget());
		case CommentThread thread -> (thread.isResolved() ? "Resolved" : "Open") + " comment thread";
		case Comment comment -> comment(comment);
		default -> null;
		};
		return isGiven(label) ? shortened(label.strip(), LONGEST) : "Unnamed " + kind(element).toLowerCase(Locale.ROOT);
	}

	/**
	 * Whether the element is a SKOS concept, which SKOS tools show by its {@code skos:prefLabel}: a buying-committee
	 * role is an {@code org:Role}, a {@code skos:Concept} in the W3C Organization Ontology; a channel is a concept of
	 * its map's channel scheme.
	 */
	static boolean isConcept(EObject element) {
		return element instanceof BuyingCommitteeRole || element instanceof Channel;
	}

	/** The label of the ordered list of {@code feature}'s values (an {@code rdf:Seq}) of an element. */
	static String ofSequence(EObject element, EStructuralFeature feature) {
		return ShippedOntology.label(FeatureTerms.property(feature)) + " of " + of(element) + ", in order";
	}

	/** The label of a map's channel scheme. */
	static String ofChannelScheme(JourneyMap map) {
		return "Channels of " + of(map);
	}

	/** The label of the research work behind a study or an interview. */
	static String ofActivity(Evidence record) {
		return of(record) + " (research activity)";
	}

	/** The element's kind as the ontology names it: "Buying committee role". */
	static String kind(EObject element) {
		String label = ShippedOntology.label(FeatureTerms.type(element.eClass()));
		return label != null ? label : element.eClass().getName();
	}

	private static String emotion(Emotion emotion) {
		if (emotion.getFeeling() == null) {
			return null;
		}
		String feeling = EmotionLabels.feeling(emotion);
		return Character.toUpperCase(feeling.charAt(0)) + feeling.substring(1)
				+ (emotion.getState() == EmotionState.TO_BE ? ", to-be" : "");
	}

	private static String quote(Quote quote) {
		return isGiven(quote.getText()) ? "\u201c" + shortened(quote.getText().strip(), LONGEST - 2) + "\u201d"
				: firstGiven(quote.getTitle(), quote.getTopic());
	}

	private static String role(BuyingCommitteeRole role) {
		String kind = role.getRole() == null ? null
				: ShippedOntology.label(LiteralValues.toNode(CjmPackage.Literals.BUYING_ROLE, role.getRole()));
		if (!isGiven(role.getTitle())) {
			return kind == null ? null : Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
		}
		return kind == null ? role.getTitle() : role.getTitle().strip() + " (" + kind + ")";
	}

	private static String comment(Comment comment) {
		return "Comment" + (isGiven(comment.getAuthor()) ? " by " + comment.getAuthor().strip() : "")
				+ (comment.getCreated() == null ? ""
						: " on " + comment.getCreated().toInstant().atZone(ZoneOffset.UTC).toLocalDate());
	}

	/** "Demographics: 25-34, female, Berlin", or the kind alone when nothing is filled in. */
	private static String profile(EObject element, String... values) {
		List<String> given = new ArrayList<>(Arrays.stream(values).filter(Labels::isGiven).map(String::strip).toList());
		return given.isEmpty() ? kind(element) : kind(element) + ": " + String.join(", ", given);
	}

	private static String ageRange(Demographics demographics) {
		Integer min = demographics.getAgeMin();
		Integer max = demographics.getAgeMax();
		if (min == null && max == null) {
			return null;
		}
		if (min == null) {
			return "up to " + max;
		}
		return max == null ? min + "+" : Objects.equals(min, max) ? min.toString() : min + "-" + max;
	}

	private static String firstGiven(String... candidates) {
		return Arrays.stream(candidates).filter(Labels::isGiven).findFirst().orElse(null);
	}

	private static boolean isGiven(String text) {
		return text != null && !text.isBlank();
	}

	/** Browsers show labels in lists and graphs: a long text (a quote, an insight) is cut at a word. */
	private static String shortened(String text, int longest) {
		String oneLine = text.replaceAll("\\s+", " ");
		if (oneLine.length() <= longest) {
			return oneLine;
		}
		int cut = oneLine.lastIndexOf(' ', longest - 1);
		return oneLine.substring(0, cut > longest / 2 ? cut : longest - 1) + "\u2026";
	}
}
