package org.cjmstudio.research.ui.view;

import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.DataSource;
import org.cjmstudio.model.Evidence;
import org.cjmstudio.model.Insight;
import org.cjmstudio.model.Interview;
import org.cjmstudio.model.Quote;
import org.cjmstudio.model.ResearchStudy;
import org.cjmstudio.research.StudyProgress;

/**
 * The rows of the Research view as a CX analyst reads them: a study with its progress toward the 10 interviews that
 * make research and the 20 that make it solid, an interview with its respondent, group and date, a quote with its
 * words.
 */
public final class ResearchLabels {

	/** Fewer interviews than this are not research yet (the method's minimum, as the validation rule counts). */
	public static final int INTERVIEWS_FOR_RESEARCH = StudyProgress.MINIMUM;
	/** From this many interviews on, patterns are well founded. */
	public static final int INTERVIEWS_FOR_SOLID_RESEARCH = StudyProgress.WELL_FOUNDED;

	private static final int QUOTE_LENGTH_SHOWN = 90;

	private ResearchLabels() {
	}

	public static String of(Object element) {
		if (element instanceof ResearchStudy study) {
			return study(study);
		}
		if (element instanceof Interview interview) {
			return interview(interview);
		}
		if (element instanceof Quote quote) {
			return quote(quote);
		}
		if (element instanceof Insight insight) {
			return insight(insight);
		}
		if (element instanceof DataSource source) {
			return dataSource(source);
		}
		if (element instanceof EvidenceGroup group) {
			return group.label() + " (" + group.members().size() + ")";
		}
		return element == null ? "" : element.toString();
	}

	/** "Checkout study — 7 interviews: 3 more for research, 13 more for 20". */
	public static String study(ResearchStudy study) {
		return titleOr(study, "Untitled study") + " — " + progress(study.getInterviews().size());
	}

	/** Where a study stands against the 10 and 20 interviews the interview method asks for. */
	public static String progress(int interviews) {
		String count = interviews + (interviews == 1 ? " interview" : " interviews");
		if (interviews < INTERVIEWS_FOR_RESEARCH) {
			return count + ": " + (INTERVIEWS_FOR_RESEARCH - interviews) + " more for research, "
					+ (INTERVIEWS_FOR_SOLID_RESEARCH - interviews) + " more for " + INTERVIEWS_FOR_SOLID_RESEARCH;
		}
		if (interviews < INTERVIEWS_FOR_SOLID_RESEARCH) {
			return count + ": enough for research, " + (INTERVIEWS_FOR_SOLID_RESEARCH - interviews) + " more for "
					+ INTERVIEWS_FOR_SOLID_RESEARCH;
		}
		return count + ": " + INTERVIEWS_FOR_SOLID_RESEARCH + " or more, well founded";
	}

	/** "Interview 03 — Anna, 34, buys for her family · former customers · 2026-03-12". */
	public static String interview(Interview interview) {
		List<String> details = new ArrayList<>();
		String title = titleOr(interview, "Untitled interview");
		// Imported interviews are titled by their respondent: the name is not repeated.
		if (interview.getRespondentProfile() != null && !interview.getRespondentProfile().isBlank()
				&& !interview.getRespondentProfile().strip().equals(title)) {
			details.add(interview.getRespondentProfile().strip());
		}
		// The group has a default (current customers); it is named only once someone chose it.
		if (interview.eIsSet(CjmPackage.Literals.INTERVIEW__RESPONDENT_GROUP)) {
			details.add(readable(interview.getRespondentGroup().getName()));
		}
		if (interview.getDate() != null) {
			details.add(new SimpleDateFormat("yyyy-MM-dd", Locale.ROOT).format(interview.getDate()));
		}
		return details.isEmpty() ? title : title + " — " + String.join(" · ", details);
	}

	/** The quote's words in quotation marks, shortened to one line. */
	public static String quote(Quote quote) {
		String text = quote.getText() == null || quote.getText().isBlank() ? titleOr(quote, "Empty quote")
				: "“" + oneLine(quote.getText()) + "”";
		return text;
	}

	public static String insight(Insight insight) {
		String title = insight.getTitle() != null && !insight.getTitle().isBlank() ? insight.getTitle()
				: insight.getStatement() != null && !insight.getStatement().isBlank() ? oneLine(insight.getStatement())
						: "Untitled insight";
		return insight.getKind() == null ? title : title + " — " + readable(insight.getKind().getName());
	}

	public static String dataSource(DataSource source) {
		String title = titleOr(source, "Untitled data source");
		return source.getKind() == null ? title : title + " — " + readable(source.getKind().getName());
	}

	/** "INTERESTED_NON_BUYERS" as "interested non-buyers". */
	static String readable(String literal) {
		return literal.toLowerCase(Locale.ROOT).replace("non_buyers", "non-buyers").replace('_', ' ');
	}

	private static String titleOr(Evidence evidence, String fallback) {
		return evidence.getTitle() == null || evidence.getTitle().isBlank() ? fallback : evidence.getTitle().strip();
	}

	private static String oneLine(String text) {
		String line = text.strip().replaceAll("\\s+", " ");
		return line.length() <= QUOTE_LENGTH_SHOWN ? line : line.substring(0, QUOTE_LENGTH_SHOWN - 1) + "…";
	}
}
