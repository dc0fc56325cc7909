package org.cjmstudio.rdf.importing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What an import could not take over, each problem naming the subject, the property and why, so the user can fix
 * the source file. An empty report means every statement about the maps was understood.
 */
public final class ImportReport {

	/** One statement (or group of statements) that was not imported. */
	public record Problem(String subject, String property, String why) {

		@Override
		public String toString() {
			return "<" + subject + ">" + (property == null ? "" : " <" + property + ">") + ": " + why;
		}
	}

	private final List<Problem> problems = new ArrayList<>();

	void add(String subject, String property, String why) {
		problems.add(new Problem(subject, property, why));
	}

	public List<Problem> problems() {
		return Collections.unmodifiableList(problems);
	}

	public boolean isEmpty() {
		return problems.isEmpty();
	}

	@Override
	public String toString() {
		return problems.isEmpty() ? "everything imported"
				: problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
	}
}
