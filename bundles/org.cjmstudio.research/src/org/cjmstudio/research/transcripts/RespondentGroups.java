package org.cjmstudio.research.transcripts;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.cjmstudio.model.RespondentGroup;

/**
 * Reads a respondent group the way teams write it in a spreadsheet or a header line: "current customers",
 * "Former", "lost", "interested, did not buy", "ушедшие клиенты". Case, punctuation, underscores and the words
 * "customer(s)", "client(s)", "клиент(ы)" do not matter; the model's own names (CURRENT_CUSTOMERS) work too.
 *
 * <table>
 * <caption>Accepted words (a value matching none is refused)</caption>
 * <tr><th>group</th><th>words</th></tr>
 * <tr><td>current customers</td><td>current, existing, active, customer, client, текущие, действующие, клиент</td></tr>
 * <tr><td>former customers</td><td>former, ex, past, lost, left, churned, бывшие, ушедшие, потерянные</td></tr>
 * <tr><td>interested non-buyers</td><td>interested, non-buyer(s), did not buy, abandoned, заинтересованные,
 * не купили, не купившие</td></tr>
 * <tr><td>competitor customers</td><td>competitor(s), конкуренты, клиенты конкурентов</td></tr>
 * <tr><td>prospects</td><td>prospect(s), potential, leads, потенциальные</td></tr>
 * <tr><td>frontline employees</td><td>frontline, employee(s), staff, sales, support, сотрудники</td></tr>
 * <tr><td>other</td><td>other, другое, прочие</td></tr>
 * </table>
 * "Lost" customers are those who left (the interview method's "current, former and lost"), hence former customers.
 */
public final class RespondentGroups {

	private record Words(RespondentGroup group, List<String> words) {
	}

	/** Checked in this order, so "did not buy" wins over "buy" and "competitor customers" over "customers". */
	private static final List<Words> TABLE = List.of(
			new Words(RespondentGroup.INTERESTED_NON_BUYERS,
					List.of("interested non buyers", "interested non buyer", "non buyers", "non buyer", "nonbuyers",
							"did not buy", "didnt buy", "not bought", "interested", "abandoned", "заинтересованные",
							"не купившие", "не купили", "некупившие", "интересовались")),
			new Words(RespondentGroup.COMPETITOR_CUSTOMERS,
					List.of("competitor", "competitors", "competitor customers", "клиенты конкурентов", "конкуренты",
							"конкурентов")),
			new Words(RespondentGroup.FORMER_CUSTOMERS,
					List.of("former", "ex", "past", "lost", "left", "churned", "бывшие", "ушедшие", "потерянные",
							"ушли")),
			new Words(RespondentGroup.PROSPECTS,
					List.of("prospect", "prospects", "potential", "leads", "lead", "потенциальные")),
			new Words(RespondentGroup.FRONTLINE_EMPLOYEES,
					List.of("frontline", "frontline employees", "support staff", "sales staff", "customer service",
							"employee", "employees", "staff", "sales", "support",
							"сотрудники", "сотрудник", "персонал")),
			new Words(RespondentGroup.OTHER, List.of("other", "другое", "другие", "прочие")),
			new Words(RespondentGroup.CURRENT_CUSTOMERS,
					List.of("current", "existing", "active", "customers", "customer", "clients", "client",
							"текущие", "действующие", "клиенты", "клиент")));

	private static final List<String> NOISE = List.of("customers", "customer", "clients", "client", "клиенты",
			"клиент", "users", "пользователи");

	private RespondentGroups() {
	}

	/** The group {@code written} names, or empty if it names none of them. */
	public static Optional<RespondentGroup> parse(String written) {
		String words = normalise(written);
		if (words.isEmpty()) {
			return Optional.empty();
		}
		for (RespondentGroup group : RespondentGroup.VALUES) {
			if (normalise(group.getName()).equals(words)) {
				return Optional.of(group);
			}
		}
		String core = withoutNoise(words);
		for (Words entry : TABLE) {
			for (String word : entry.words()) {
				if (words.equals(word) || core.equals(word) || containsPhrase(words, word) && word.contains(" ")) {
					return Optional.of(entry.group());
				}
			}
		}
		return Optional.empty();
	}

	/** The words users can write, for error messages. */
	static String accepted() {
		return "current, former (also lost), interested non-buyers, competitor customers, prospects, "
				+ "frontline employees or other";
	}

	private static String normalise(String written) {
		return written == null ? ""
				: written.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("n['’]t", "nt")
						.replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
	}

	private static String withoutNoise(String words) {
		StringBuilder core = new StringBuilder();
		for (String word : words.split(" ")) {
			if (!NOISE.contains(word)) {
				core.append(core.isEmpty() ? "" : " ").append(word);
			}
		}
		return core.isEmpty() ? words : core.toString();
	}

	private static boolean containsPhrase(String words, String phrase) {
		return (" " + words + " ").contains(" " + phrase + " ");
	}
}
