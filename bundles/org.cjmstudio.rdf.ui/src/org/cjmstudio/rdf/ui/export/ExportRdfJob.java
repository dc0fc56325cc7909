package org.cjmstudio.rdf.ui.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.contributions.PluginFailedException;
import org.cjmstudio.model.formats.ExportFormat;
import org.cjmstudio.model.persistence.MapFiles;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.osgi.framework.FrameworkUtil;

/**
 * Loads the chosen map files and writes them as one file in an installed export format (RDF, a picture, a plugin's).
 * The exporters replace the target atomically, so a failed or cancelled export leaves whatever was there before. A
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
		try {
			format.write(maps, target);
		} catch (PluginFailedException brokenPlugin) {
			return Status.error("Could not write " + target + " as " + format.name() + ". " + brokenPlugin.getMessage(),
					brokenPlugin);
		} catch (IOException e) {
			return Status.error("Could not write " + target + " as " + format.name() + ": " + e.getMessage()
					+ "\nCheck that the folder exists and is writable; the file was left as it was.", e);
		}
		progress.split(mapFiles.size());
		return new Status(IStatus.OK, PLUGIN_ID, (maps.size() == 1 ? "The map was" : "The " + maps.size()
				+ " maps were") + " exported as " + format.name() + " to\n" + target);
	}
}
