package org.cjmstudio.cli.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cjmstudio.cli.CliCommand;
import org.cjmstudio.cli.Console;
import org.cjmstudio.cli.ExitCode;
import org.cjmstudio.cli.UsageException;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.persistence.MapFileException;
import org.cjmstudio.rdf.RdfFormat;
import org.cjmstudio.rdf.export.RdfExport;

/**
 * {@code cjm export --format ttl|jsonld|rdfxml|nt|trig MAP... -o OUT}: publishes maps as linked data with the CJM
 * ontology. TriG keeps each map in its own named graph; the other formats merge the maps into one graph. An existing
 * file is replaced only with {@code --force}, and never one of the maps read.
 */
public final class ExportCommand implements CliCommand {

	@Override
	public String name() {
		return "export";
	}

	@Override
	public String usage() {
		return "export --format " + RdfFormat.shortNames().replace(", ", "|")
				+ " MAP.cjm... -o OUT [--force]  maps as RDF";
	}

	@Override
	public int run(List<String> arguments, Console console) throws UsageException {
		List<String> rest = new ArrayList<>(arguments);
		String formatName = MapArguments.takeOption(rest, "--format");
		boolean force = MapArguments.takeFlag(rest, "--force");
		Path file = OutputFile.named(MapArguments.takeOption(rest, "-o"));
		RdfFormat format = formatName != null ? RdfFormat.byName(formatName).orElseThrow(() -> new UsageException(
				"unknown format '" + formatName + "' (use one of: " + RdfFormat.shortNames() + ")"))
				: formatOf(file);
		Optional<String> refusal = OutputFile.refusal(file, rest.stream().map(Path::of).toList(), force);
		if (refusal.isPresent()) {
			console.err().println("cjm export: " + refusal.get());
			return ExitCode.FAILURE;
		}
		try {
			List<JourneyMap> maps = MapArguments.load(rest, console.err());
			console.err().println("cjm export: writing " + file + " ...");
			RdfExport.write(maps, format, file);
			console.err().println("cjm export: wrote " + maps.size() + (maps.size() == 1 ? " map" : " maps")
					+ " as " + format.shortName() + " to " + file);
			return ExitCode.OK;
		} catch (MapFileException unreadableMap) {
			console.err().println(unreadableMap.getMessage());
			return ExitCode.FAILURE;
		} catch (IOException e) {
			console.err().println("cjm export: " + OutputFile.cannotWrite(file, e));
			return ExitCode.FAILURE;
		}
	}

	private static RdfFormat formatOf(Path file) throws UsageException {
		return RdfFormat.ofFile(file).orElseThrow(() -> new UsageException(
				"say --format: '" + file.getFileName() + "' has no extension of an RDF format"));
	}
}
