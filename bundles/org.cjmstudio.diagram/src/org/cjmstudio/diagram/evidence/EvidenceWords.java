package org.cjmstudio.diagram.evidence;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;

import org.cjmstudio.model.DataSourceKind;
import org.cjmstudio.model.Evidence;
import org.cjmstudio.model.InsightKind;
import org.cjmstudio.model.Interview;
import org.cjmstudio.model.RespondentGroup;

/**
 * Evidence in a CX analyst's words, shared by the Link Evidence dialog and the evidence badges' tool tips: "former
 * customer", "web analytics", "14 Mar 2026", an interview named by its respondent.
 */
public final class EvidenceWords {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	private EvidenceWords() {
	}

	/** One respondent of a group: "former customer", "interested non-buyer". */
	public static String respondent(RespondentGroup group) {
		return group == null ? null : switch (group) {
		case CURRENT_CUSTOMERS -> "current customer";
		case FORMER_CUSTOMERS -> "former customer";
		case INTERESTED_NON_BUYERS -> "interested non-buyer";
		case COMPETITOR_CUSTOMERS -> "competitor's customer";
		case PROSPECTS -> "prospect";
		case FRONTLINE_EMPLOYEES -> "front-line employee";
		case OTHER -> "other respondent";
		};
	}

	/** "Refusal reason", "Repeated wording". */
	public static String kind(InsightKind kind) {
		return kind == null ? "Insight" : sentence(kind.name());
	}

	/** "Web analytics", "CRM", "NPS". */
	public static String kind(DataSourceKind kind) {
		if (kind == null) {
			return "Data";
		}
		return switch (kind) {
		case CRM, NPS -> kind.name();
		default -> sentence(kind.name());
		};
	}

	/** The kind of data as it reads inside a sentence: "web analytics", "CRM". */
	public static String kindInText(DataSourceKind kind) {
		String words = kind(kind);
		return words.equals(words.toUpperCase(Locale.ROOT)) ? words : words.toLowerCase(Locale.ROOT);
	}

	public static String day(Date date) {
		return date == null ? null : DAY.format(date.toInstant().atZone(ZoneId.systemDefault()));
	}

	/**
	 * Who an interview was with, as the analyst named it: its title without a leading "Interview 07:" (the sample
	 * maps number their interviews), else the respondent's profile.
	 */
	public static String respondentOf(Interview interview) {
		String title = interview.getTitle();
		if (title != null && !title.isBlank()) {
			String name = title.replaceFirst("^(?i)interview\\s*\\d*\\s*[:\u2013-]\\s*", "").strip();
			return name.isEmpty() ? title.strip() : name;
		}
		String profile = interview.getRespondentProfile();
		return profile == null || profile.isBlank() ? "unnamed respondent" : profile.strip();
	}

	/** An evidence element's title, or a placeholder that says it has none. */
	public static String title(Evidence evidence) {
		return evidence.getTitle() == null || evidence.getTitle().isBlank() ? "(untitled)" : evidence.getTitle();
	}

	/** COMPLEX_REGISTRATION becomes "Complex registration". */
	private static String sentence(String literal) {
		String words = literal.toLowerCase(Locale.ROOT).replace('_', ' ');
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}
}
