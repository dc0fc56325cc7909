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
import org.cjmstudio.model.contributions.PluginFailedException;
import org.cjmstudio.model.formats.ExportFormat;
import org.cjmstudio.model.formats.Formats;
import org.cjmstudio.model.persistence.MapFileException;

/**
 * {@code cjm export --format ID MAP... -o OUT}: writes maps in any installed export format ({@code
 * org.cjmstudio.exporters}): the RDF serialisations ttl, jsonld, rdfxml, nt, trig (TriG keeps each map in its own
 * named graph), the pictures png, svg, pdf (one map, needs a display), and whatever plugins add. Without --format the
 * output file's extension picks the format. An existing file is replaced only with {@code --force}, and never one of
 * the maps read.
 */
public final class ExportCommand implements CliCommand {

	@Override
	public String name() {
		return "export";
	}

	@Override
	public String usage() {
		return "export [--format " + Formats.exporters().ids().replace(", ", "|")
				+ "] MAP.cjm... -o OUT [--force]  maps as RDF, pictures or a plugin's format (default: by OUT's "
				+ "extension)";
	}

	@Override
	public int run(List<String> arguments, Console console) throws UsageException {
		List<String> rest = new ArrayList<>(arguments);
		String formatName = MapArguments.takeOption(rest, "--format");
		boolean force = MapArguments.takeFlag(rest, "--force");
		Path file = OutputFile.named(MapArguments.takeOption(rest, "-o"));
		Formats<ExportFormat> formats = Formats.exporters();
		ExportFormat format = formatName != null ? formats.named(formatName).orElseThrow(() -> new UsageException(
				"unknown format '" + formatName + "' (use one of: " + formats.ids() + ")"))
				: formatOf(formats, file);
		if (format.oneMapOnly() && rest.size() != 1) {
			throw new UsageException(format.id() + " shows one map per file: give one map");
		}
		Optional<String> refusal = OutputFile.refusal(file, rest.stream().map(Path::of).toList(), force);
		if (refusal.isPresent()) {
			console.err().println("cjm export: " + refusal.get());
			return ExitCode.FAILURE;
		}
		try {
			List<JourneyMap> maps = MapArguments.load(rest, console.err());
			console.err().println("cjm export: writing " + file + " ...");
			format.write(maps, file);
			console.err().println("cjm export: wrote " + maps.size() + (maps.size() == 1 ? " map" : " maps")
					+ " as " + format.id() + " to " + file);
			return ExitCode.OK;
		} catch (MapFileException unreadableMap) {
			console.err().println(unreadableMap.getMessage());
			return ExitCode.FAILURE;
		} catch (PluginFailedException brokenPlugin) {
			console.err().println("cjm export: " + brokenPlugin.getMessage());
			return ExitCode.FAILURE;
		} catch (IOException e) {
			console.err().println("cjm export: " + OutputFile.cannotWrite(file, e));
			return ExitCode.FAILURE;
		}
	}

	private static ExportFormat formatOf(Formats<ExportFormat> formats, Path file) throws UsageException {
		return formats.forFile(file).orElseThrow(() -> new UsageException("say --format: '" + file.getFileName()
				+ "' has no extension of an installed format (" + formats.ids() + ")"));
	}
}
