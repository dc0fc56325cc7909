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
import org.cjmstudio.model.persistence.MapFiles;
import org.cjmstudio.rdf.RdfFormat;
import org.cjmstudio.rdf.importing.ImportReport;
import org.cjmstudio.rdf.importing.ImportResult;
import org.cjmstudio.rdf.importing.RdfImport;
import org.cjmstudio.rdf.importing.RdfImportException;
import org.cjmstudio.rdf.jsonld.RemoteContexts;

/**
 * {@code cjm import FILE -o MAP.cjm|FOLDER/}: reads maps back from RDF, one into a file or any number into a folder
 * ({@link ImportTargets}). What could not be imported is listed (subject, property, why); an existing map file is
 * never overwritten (if any target exists, nothing is written), and each file is written atomically.
 */
public final class ImportCommand implements CliCommand {

	@Override
	public String name() {
		return "import";
	}

	@Override
	public String usage() {
		return "import FILE.ttl|jsonld|rdf|nt|trig -o MAP.cjm|FOLDER/ [--fetch-contexts]  maps from RDF (a folder: one "
				+ "file per map; --fetch-contexts lets JSON-LD name contexts on the web)";
	}

	@Override
	public int run(List<String> arguments, Console console) throws UsageException {
		List<String> rest = new ArrayList<>(arguments);
		RemoteContexts remote = MapArguments.takeFlag(rest, "--fetch-contexts") ? RemoteContexts.FETCH_FROM_WEB
				: RemoteContexts.REFUSE;
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
		RdfFormat format = RdfFormat.ofFile(source).orElseThrow(() -> new UsageException("'" + source.getFileName()
				+ "' does not end like an RDF file (" + RdfFormat.shortNames() + ")"));
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
			ImportResult result = RdfImport.read(source, format, remote);
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
			report(result.report(), source, console);
			if (folder) {
				Files.createDirectories(target);
			}
			for (int i = 0; i < targets.size(); i++) {
				MapFiles.save(result.maps().get(i), targets.get(i));
				console.err().println("cjm import: wrote " + targets.get(i));
			}
			return result.report().isEmpty() ? ExitCode.OK : ExitCode.PROBLEMS;
		} catch (RdfImportException | IOException e) {
			console.err().println("cjm import: " + source + ": " + e.getMessage());
			return ExitCode.FAILURE;
		}
	}

	private static void report(ImportReport report, Path source, Console console) {
		for (ImportReport.Problem problem : report.problems()) {
			console.out().println(source + ": not imported: " + problem);
		}
	}
}
