package org.cjmstudio.cli.commands;

import java.nio.file.Path;
import java.util.List;

import org.cjmstudio.cli.CliCommand;
import org.cjmstudio.cli.Console;
import org.cjmstudio.cli.ExitCode;
import org.cjmstudio.cli.UsageException;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.persistence.MapFileException;
import org.cjmstudio.model.persistence.MapFiles;
import org.cjmstudio.model.validation.Findings;
import org.cjmstudio.model.validation.MapValidation;
import org.eclipse.emf.common.util.Diagnostic;

/**
 * {@code cjm validate MAP...}: checks maps against the metamodel and the CX rules, one problem per line in the form
 * compilers use ({@code FILE: warning [rule] message}), so editors and CI logs can pick them up.
 */
public final class ValidateCommand implements CliCommand {

	private final MapValidation validation = MapValidation.installed();

	@Override
	public String name() {
		return "validate";
	}

	@Override
	public String usage() {
		return "validate MAP.cjm...             check maps: evidence, research depth, touchpoints, metrics";
	}

	@Override
	public int run(List<String> arguments, Console console) throws UsageException {
		if (arguments.isEmpty()) {
			throw new UsageException("name at least one map file");
		}
		int errors = 0;
		int warnings = 0;
		int unreadable = 0;
		for (String argument : arguments) {
			Path file = Path.of(argument);
			JourneyMap map;
			try {
				map = MapFiles.load(file);
			} catch (MapFileException e) {
				console.err().println(e.getMessage());
				unreadable++;
				continue;
			}
			for (Diagnostic problem : validation.validate(map).getChildren()) {
				boolean error = problem.getSeverity() == Diagnostic.ERROR;
				errors += error ? 1 : 0;
				warnings += error ? 0 : 1;
				String rule = Findings.ruleIdOf(problem);
				console.out().println(file + ": " + (error ? "error" : "warning")
						+ (rule == null ? "" : " [" + rule + "]") + " " + problem.getMessage());
			}
		}
		console.err().println(arguments.size() + (arguments.size() == 1 ? " map" : " maps") + ": " + errors
				+ " errors, " + warnings + " warnings" + (unreadable > 0 ? ", " + unreadable + " unreadable" : ""));
		if (unreadable > 0) {
			return ExitCode.FAILURE;
		}
		return errors > 0 ? ExitCode.PROBLEMS : ExitCode.OK;
	}
}
