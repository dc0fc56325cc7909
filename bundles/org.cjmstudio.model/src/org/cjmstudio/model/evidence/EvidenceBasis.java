package org.cjmstudio.model.evidence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.cjmstudio.model.DataSource;
import org.cjmstudio.model.Evidence;
import org.cjmstudio.model.EvidenceLevel;
import org.cjmstudio.model.Insight;
import org.cjmstudio.model.Interview;
import org.cjmstudio.model.Quote;
import org.cjmstudio.model.ResearchStudy;
import org.cjmstudio.model.validation.ElementLabels;

/**
 * What a set of citations comes down to: the distinct interviews and data sources behind it. A quote counts as its
 * interview, a study as its interviews, an insight as the interviews and quotes it names; citations that lead to
 * neither (an insight that names no interview, a study with no interviews yet) are kept to explain a weak level.
 */
public final class EvidenceBasis {

	private final Set<Interview> interviews = new LinkedHashSet<>();
	private final Set<DataSource> dataSources = new LinkedHashSet<>();
	private final List<Evidence> empty = new ArrayList<>();
	private final int citations;

	private EvidenceBasis(Collection<? extends Evidence> cited) {
		citations = cited.size();
		for (Evidence evidence : cited) {
			add(evidence);
			if (restsOnNothing(evidence)) {
				empty.add(evidence);
			}
		}
	}

	public static EvidenceBasis of(Collection<? extends Evidence> cited) {
		return new EvidenceBasis(cited);
	}

	private void add(Evidence evidence) {
		switch (evidence) {
		case Interview interview -> interviews.add(interview);
		case Quote quote -> {
			if (quote.eContainer() instanceof Interview interview) {
				interviews.add(interview);
			}
		}
		case ResearchStudy study -> interviews.addAll(study.getInterviews());
		case Insight insight -> {
			interviews.addAll(insight.getSupportedBy());
			insight.getQuotes().forEach(this::add);
		}
		case DataSource source -> dataSources.add(source);
		default -> {
			// another kind of evidence a plugin may add later: counts as neither
		}
		}
	}

	private static boolean restsOnNothing(Evidence evidence) {
		return switch (evidence) {
		case Interview interview -> false;
		case DataSource source -> false;
		case Quote quote -> !(quote.eContainer() instanceof Interview);
		case ResearchStudy study -> study.getInterviews().isEmpty();
		case Insight insight -> insight.getSupportedBy().isEmpty()
				&& insight.getQuotes().stream().allMatch(EvidenceBasis::restsOnNothing);
		default -> true;
		};
	}

	public Set<Interview> interviews() {
		return Set.copyOf(interviews);
	}

	public Set<DataSource> dataSources() {
		return Set.copyOf(dataSources);
	}

	public EvidenceLevel level() {
		if (interviews.isEmpty()) {
			return dataSources.isEmpty() ? EvidenceLevel.ASSUMPTION : EvidenceLevel.DATA_ONLY;
		}
		if (!dataSources.isEmpty()) {
			return EvidenceLevel.INTERVIEWS_AND_DATA;
		}
		return interviews.size() == 1 ? EvidenceLevel.ONE_INTERVIEW : EvidenceLevel.SEVERAL_INTERVIEWS;
	}

	/**
	 * The level and what it rests on, in a CX team's words, e.g. "Several interviews: rests on 3 interviews
	 * ('Interview 01', ...) and no quantitative data."
	 */
	public String explanation() {
		StringBuilder text = new StringBuilder(EvidenceLevels.label(level())).append(": ");
		if (citations == 0) {
			text.append("cites no evidence.");
		} else if (interviews.isEmpty() && dataSources.isEmpty()) {
			text.append("what it cites rests on no interview or data.");
		} else {
			text.append("rests on ").append(count(interviews, "interview")).append(" and ")
					.append(dataSources.isEmpty() ? "no quantitative data" : count(dataSources, "data source"))
					.append('.');
		}
		for (Evidence nothing : empty) {
			text.append("\n").append(capitalized(ElementLabels.describe(nothing))).append(" names no interview or data.");
		}
		return text.toString();
	}

	private static String count(Set<? extends Evidence> evidence, String noun) {
		List<String> titles = evidence.stream().map(e -> e.getTitle() == null ? ElementLabels.describe(e)
				: "'" + e.getTitle() + "'").toList();
		return evidence.size() + " " + noun + (evidence.size() == 1 ? "" : "s") + " (" + String.join(", ", titles)
				+ ")";
	}

	private static String capitalized(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
