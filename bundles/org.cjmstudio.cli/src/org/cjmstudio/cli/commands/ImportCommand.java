package org.cjmstudio.cli.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cjmstudio.cli.CliCommand;
import org.cjmstudio.cli.Console;
import org.cjmstudio.cli.ExitCode;
import org.cjmstudio.cli.UsageException;
import org.cjmstudio.model.formats.Formats;
import org.cjmstudio.model.formats.ImportFormat;
import org.cjmstudio.model.formats.ImportRefusedException;
import org.cjmstudio.model.formats.ImportedMaps;
import org.cjmstudio.model.persistence.MapFiles;

/**
 * {@code cjm import [--format ID] FILE -o MAP.cjm|FOLDER/}: reads maps from a file in any installed import format
 * ({@code org.cjmstudio.importers}: the RDF serialisations and whatever plugins add), named or picked by the file's
 * extension; one map
 * into a file or any number into a folder ({@link ImportTargets}). What could not be imported is listed (for RDF:
 * subject, property, why); an existing map file is never overwritten (if any target exists, nothing is written), and
 * each file is written atomically.
 */
public final class ImportCommand implements CliCommand {

	@Override
	public String name() {
		return "import";
	}

	@Override
	public String usage() {
		return "import [--format " + Formats.importers().ids().replace(", ", "|") + "] FILE."
				+ String.join("|", Formats.importers().extensions()) + " -o MAP.cjm|FOLDER/ "
				+ "[--fetch-contexts]  maps from RDF or a plugin's format (without --format by the file's extension; "
				+ "a folder: one file per map; --fetch-contexts lets JSON-LD name contexts on the web)";
	}

	@Override
	public int run(List<String> arguments, Console console) throws UsageException {
		List<String> rest = new ArrayList<>(arguments);
		boolean mayUseNetwork = MapArguments.takeFlag(rest, "--fetch-contexts");
		String formatName = MapArguments.takeOption(rest, "--format");
		String output = MapArguments.takeOption(rest, "-o");
		if (output == null || rest.size() != 1) {
			throw new UsageException("give one RDF file and -o with the map file (or folder) to write");
		}
		if (output.isBlank()) {
			// Path.of("") is the working folder: an empty -o would quietly write maps wherever the shell stands.
			throw new UsageException("-o names the map file (or folder) to write");
		}
		Path source = Path.of(rest.get(0));
		Path target = Path.of(output);
		boolean folder = ImportTargets.isFolder(output);
		Formats<ImportFormat> formats = Formats.importers();
		// --format for files whose extension another format has first: a CJML document is usually *.xml, like RDF/XML
		ImportFormat format = formatName != null ? formats.named(formatName).orElseThrow(() -> new UsageException(
				"unknown import format '" + formatName + "' (use one of: " + formats.ids() + ")"))
				: formats.forFile(source).orElseThrow(() -> new UsageException("'" + source.getFileName()
						+ "' does not end like a file CJM Studio imports (" + String.join(", ", formats.extensions())
						+ "); say --format"));
		if (!folder && !target.getFileName().toString().endsWith("." + MapFiles.FILE_EXTENSION)) {
			throw new UsageException("end the map file's name with ." + MapFiles.FILE_EXTENSION
					+ ", or a folder's with /");
		}
		if (Files.exists(target) && !folder) {
			console.err().println("cjm import: " + target + " exists already; choose another name (nothing is "
					+ "overwritten)");
			return ExitCode.FAILURE;
		}
		try {
			ImportedMaps result = format.read(source, mayUseNetwork);
			List<Path> targets;
			try {
				targets = ImportTargets.of(result.maps(), target, folder);
			} catch (IllegalArgumentException oneFileForManyMaps) {
				console.err().println("cjm import: " + source + ": " + oneFileForManyMaps.getMessage());
				return ExitCode.FAILURE;
			}
			List<Path> existing = targets.stream().filter(Files::exists).toList();
			if (!existing.isEmpty()) {
				console.err().println("cjm import: " + existing + " exist(s) already; move them or import into "
						+ "another folder (nothing was written)");
				return ExitCode.FAILURE;
			}
			report(result, source, console);
			if (folder) {
				Files.createDirectories(target);
			}
			for (int i = 0; i < targets.size(); i++) {
				MapFiles.save(result.maps().get(i), targets.get(i));
				console.err().println("cjm import: wrote " + targets.get(i));
			}
			return result.leftOut().isEmpty() ? ExitCode.OK : ExitCode.PROBLEMS;
		} catch (ImportRefusedException incomplete) {
			// read, but a map in it cannot exist as it stands (no title): the data's problem, exit 1, not 3
			console.err().println("cjm import: " + source + ": " + incomplete.getMessage());
			return ExitCode.PROBLEMS;
		} catch (IOException e) {
			console.err().println("cjm import: " + source + ": " + e.getMessage());
			return ExitCode.FAILURE;
		}
	}

	/** Left-out data makes the exit code 1; findings (imported by a choice of the importer's own) do not. */
	private static void report(ImportedMaps result, Path source, Console console) {
		for (String problem : result.leftOut()) {
			console.out().println(source + ": not imported: " + problem);
		}
		for (String finding : result.findings()) {
			console.out().println(source + ": note: " + finding);
		}
	}
}
