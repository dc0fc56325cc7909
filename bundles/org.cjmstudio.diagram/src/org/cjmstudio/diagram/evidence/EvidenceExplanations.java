package org.cjmstudio.diagram.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.cjmstudio.model.DataSource;
import org.cjmstudio.model.Emotion;
import org.cjmstudio.model.EmotionState;
import org.cjmstudio.model.Interview;
import org.cjmstudio.model.evidence.EvidenceBasis;
import org.cjmstudio.model.evidence.EvidenceLevels;
import org.eclipse.emf.ecore.EObject;

/**
 * What an evidence badge means, in the analyst's words: "Backed by 3 interviews (Anna, Boris, Chen) and web
 * analytics." or "Assumption: nothing cited. Link Evidence... to back it." The level itself is the model's
 * ({@link EvidenceLevels}); this only says it.
 */
public final class EvidenceExplanations {

	/** How many respondents a tool tip names before it says "and 4 more". */
	static final int NAMED = 5;

	private EvidenceExplanations() {
	}

	/** Whether the element shows a badge: barriers, personas and as-is emotions; a to-be point is a target. */
	public static boolean hasBadge(EObject element) {
		return EvidenceLevels.of(element) != null
				&& !(element instanceof Emotion emotion && emotion.getState() == EmotionState.TO_BE);
	}

	public static String of(EObject element) {
		EvidenceBasis basis = EvidenceLevels.basisOf(element);
		return switch (basis.level()) {
		case ASSUMPTION -> EvidenceLinks.cited(element).isEmpty()
				? "Assumption: nothing cited. Link Evidence... to back it."
				: "Assumption: what it cites names no interview or data. Link Evidence... to back it.";
		case DATA_ONLY -> "Data only: backed by " + data(basis.dataSources()) + ", no interview yet.";
		case ONE_INTERVIEW, SEVERAL_INTERVIEWS -> "Backed by " + interviews(basis.interviews()) + ".";
		case INTERVIEWS_AND_DATA -> "Backed by " + interviews(basis.interviews()) + " and "
				+ data(basis.dataSources()) + ".";
		};
	}

	/** "3 interviews (Anna, Boris, Chen)"; respondents named with commas are separated by semicolons. */
	private static String interviews(Set<Interview> interviews) {
		List<String> names = interviews.stream().map(EvidenceWords::respondentOf).sorted().toList();
		List<String> named = new ArrayList<>(names.subList(0, Math.min(NAMED, names.size())));
		if (names.size() > NAMED) {
			named.add("and " + (names.size() - NAMED) + " more");
		}
		String separator = names.stream().anyMatch(name -> name.contains(",")) ? "; " : ", ";
		return (interviews.size() == 1 ? "1 interview" : interviews.size() + " interviews") + " ("
				+ String.join(separator, named) + ")";
	}

	/** "web analytics", "web analytics and NPS", "CRM, NPS and web analytics": each kind of data once. */
	private static String data(Set<DataSource> sources) {
		Set<String> kinds = new LinkedHashSet<>();
		sources.stream().sorted(Comparator.comparing(source -> EvidenceWords.kindInText(source.getKind())))
				.forEach(source -> kinds.add(EvidenceWords.kindInText(source.getKind())));
		List<String> words = List.copyOf(kinds);
		if (words.size() == 1) {
			return words.get(0);
		}
		return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
	}
}
