package org.cjmstudio.rdf.ui.importing;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.persistence.MapFileNames;
import org.cjmstudio.model.persistence.MapFiles;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * The steps of importing maps read from RDF into a workspace folder, without UI: choose one file per map
 * named after its title, write them atomically and tell the workspace. Maps are written to the folder's location on
 * disk by {@link MapFiles#save} (the same atomic write as every save), so the page only offers folders that have
 * one; the workspace is refreshed afterwards even when a write fails, so what was written shows.
 */
final class MapsIntoWorkspace {

	private MapsIntoWorkspace() {
	}

	/** Where each map goes: a file in {@code folder} named after the map's title, unique within this import. */
	static List<IFile> targets(List<JourneyMap> maps, IContainer folder) {
		return MapFileNames.forMaps(maps).stream()
				.map(name -> folder.getFile(IPath.fromPortableString(name)))
				.toList();
	}

	/** The targets that exist already, in the workspace or only on disk (not yet refreshed). */
	static List<IFile> existing(List<IFile> targets) {
		return targets.stream().filter(file -> file.exists() || Files.exists(location(file))).toList();
	}

	/**
	 * Writes each map to its target. A target that appeared since {@link #existing} was checked is not replaced: the
	 * import stops there with a {@link FileAlreadyExistsException}.
	 */
	static void write(List<JourneyMap> maps, List<IFile> targets, IProgressMonitor monitor)
			throws IOException, CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, "Writing journey maps", maps.size() + 1);
		try {
			for (int i = 0; i < maps.size(); i++) {
				Path target = location(targets.get(i));
				progress.subTask(targets.get(i).getFullPath().toString());
				if (Files.exists(target)) {
					throw new FileAlreadyExistsException(target.toString(), null, "appeared during the import");
				}
				MapFiles.save(maps.get(i), target);
				progress.split(1);
			}
		} finally {
			targets.get(0).getParent().refreshLocal(IResource.DEPTH_ONE, progress.split(1));
		}
	}

	private static Path location(IFile file) {
		return file.getLocation().toFile().toPath();
	}
}
