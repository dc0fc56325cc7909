package org.cjmstudio.rdf.ui.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.contributions.PluginFailedException;
import org.cjmstudio.model.formats.ExportFormat;
import org.cjmstudio.model.persistence.AtomicFileWriter;
import org.cjmstudio.model.persistence.MapFiles;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.osgi.framework.FrameworkUtil;

/**
 * Loads the chosen map files and writes them as one file in an installed export format (RDF, a picture, a plugin's).
 * The target is replaced atomically and only by a whole export that was not cancelled (the exporter writes a draft
 * beside it first), so a failed or cancelled export leaves whatever was there before and nothing else. A
 * plugin's exporter that fails is switched off for the session; the error dialog of this job is the one time the user
 * hears of it.
 */
public final class ExportRdfJob extends Job {

	private static final String PLUGIN_ID = FrameworkUtil.getBundle(ExportRdfJob.class).getSymbolicName();

	private final List<Path> mapFiles;
	private final ExportFormat format;
	private final Path target;

	public ExportRdfJob(List<Path> mapFiles, ExportFormat format, Path target) {
		super("Exporting " + mapFiles.size() + " journey map(s) to " + target.getFileName());
		this.mapFiles = List.copyOf(mapFiles);
		this.format = format;
		this.target = target;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		// one tick per map loaded, and as much again for writing them all
		SubMonitor progress = SubMonitor.convert(monitor, getName(), mapFiles.size() * 2);
		List<JourneyMap> maps = new ArrayList<>();
		for (Path file : mapFiles) {
			progress.subTask("Reading " + file.getFileName());
			try {
				maps.add(MapFiles.load(file));
			} catch (IOException e) {
				return Status.error("Could not read the journey map " + file + ": " + e.getMessage()
						+ "\nNothing was exported; fix or deselect the map and export again.", e);
			}
			progress.split(1);
		}
		progress.subTask("Writing " + target);
		// An exporter cannot be stopped halfway, and a plugin's may write straight into its file: it writes a draft
		// beside the target, which replaces the target (atomically) only if the user has not cancelled meanwhile.
		Path draft = draftOf(target);
		try {
			format.write(maps, draft);
			if (progress.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			AtomicFileWriter.write(target, out -> Files.copy(draft, out));
		} catch (PluginFailedException brokenPlugin) {
			return Status.error("Could not write " + target + " as " + format.name() + ". " + brokenPlugin.getMessage(),
					brokenPlugin);
		} catch (IOException e) {
			return Status.error("Could not write " + target + " as " + format.name() + ": " + e.getMessage()
					+ "\nCheck that the folder exists and is writable; the file was left as it was.", e);
		} finally {
			try {
				Files.deleteIfExists(draft);
			} catch (IOException e) {
				// a draft that cannot be removed is hidden (its name starts with a dot) and harms nothing
			}
		}
		progress.split(mapFiles.size());
		return new Status(IStatus.OK, PLUGIN_ID, (maps.size() == 1 ? "The map was" : "The " + maps.size()
				+ " maps were") + " exported as " + format.name() + " to\n" + target);
	}

	/** A hidden file beside {@code target} that does not exist yet, ending like it (an exporter may look). */
	private static Path draftOf(Path target) {
		String name = target.getFileName().toString();
		int dot = name.lastIndexOf('.');
		String extension = dot > 0 ? name.substring(dot) : "";
		return target.resolveSibling("." + name + "." + UUID.randomUUID() + ".exporting" + extension);
	}
}
