package org.cjmstudio.example.cli;

import java.nio.file.Path;
import java.util.List;

import org.cjmstudio.cli.CliCommand;
import org.cjmstudio.cli.Console;
import org.cjmstudio.cli.ExitCode;
import org.cjmstudio.cli.UsageException;
import org.cjmstudio.example.rules.PersonalDataWithoutConsentRule;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.persistence.MapFileException;
import org.cjmstudio.model.persistence.MapFiles;
import org.cjmstudio.model.validation.MapValidation;
import org.cjmstudio.model.validation.ValidationRules;
import org.eclipse.emf.common.util.Diagnostic;

/**
 * {@code cjm consent MAP.cjm...}: the example's GDPR check on its own, for a data-protection officer's review —
 * every touchpoint that collects personal data where its stage shows no consent, one line each. Exit 0 when there
 * are none, 1 when there are, 3 when a map cannot be read.
 */
public final class ConsentCommand implements CliCommand {

	@Override
	public String name() {
		return "consent";
	}

	@Override
	public String usage() {
		return "consent MAP.cjm...        touchpoints that collect personal data with no consent in their stage (GDPR)";
	}

	@Override
	public int run(List<String> arguments, Console console) throws UsageException {
		if (arguments.isEmpty()) {
			throw new UsageException("name at least one map");
		}
		ValidationRules onlyConsent = new ValidationRules();
		onlyConsent.register(new PersonalDataWithoutConsentRule());
		MapValidation validation = new MapValidation(onlyConsent);
		int findings = 0;
		for (String argument : arguments) {
			JourneyMap map;
			try {
				map = MapFiles.load(Path.of(argument));
			} catch (MapFileException e) {
				console.err().println(e.getMessage());
				return ExitCode.FAILURE;
			}
			for (Diagnostic finding : validation.validate(map).getChildren()) {
				console.out().println(argument + ": " + finding.getMessage());
				findings++;
			}
		}
		console.err().println(findings == 0 ? "No touchpoint collects personal data without consent."
				: findings + (findings == 1 ? " touchpoint collects" : " touchpoints collect")
						+ " personal data without consent.");
		return findings == 0 ? ExitCode.OK : ExitCode.PROBLEMS;
	}
}
