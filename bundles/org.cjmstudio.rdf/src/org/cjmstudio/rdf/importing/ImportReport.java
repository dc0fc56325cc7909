package org.cjmstudio.rdf.importing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What an import could not take over, each problem naming the subject, the property and why, so the user can fix
 * the source file; and its findings: what it imported but had to decide on its own (a value missing from its
 * {@code rdf:Seq}, stages without a position), told so the user knows, though no data was left out. An empty report
 * means every statement about the maps was understood as it stands.
 */
public final class ImportReport {

	/** One statement (or group of statements) that was not imported, or imported by a choice the file left open. */
	public record Problem(String subject, String property, String why) {

		@Override
		public String toString() {
			return "<" + subject + ">" + (property == null ? "" : " <" + property + ">") + ": " + why;
		}
	}

	private final List<Problem> problems = new ArrayList<>();
	private final List<Problem> findings = new ArrayList<>();

	/** Data that was left out of the maps. */
	void add(String subject, String property, String why) {
		problems.add(new Problem(subject, property, why));
	}

	/** Data that was imported, by a choice the file did not make: worth telling, nothing lost. */
	void note(String subject, String property, String why) {
		findings.add(new Problem(subject, property, why));
	}

	/** What was left out of the maps. */
	public List<Problem> problems() {
		return Collections.unmodifiableList(problems);
	}

	/** What was imported by a choice of the import's own (each choice documented in README "Linked data"). */
	public List<Problem> findings() {
		return Collections.unmodifiableList(findings);
	}

	/** Whether nothing was left out (findings allowed). */
	public boolean leftNothingOut() {
		return problems.isEmpty();
	}

	/** Whether there is nothing to tell at all: no problem, no finding. */
	public boolean isEmpty() {
		return problems.isEmpty() && findings.isEmpty();
	}

	@Override
	public String toString() {
		return isEmpty() ? "everything imported"
				: Stream.concat(problems.stream().map(Problem::toString),
						findings.stream().map(finding -> "note: " + finding)).collect(Collectors.joining("\n"));
	}
}
