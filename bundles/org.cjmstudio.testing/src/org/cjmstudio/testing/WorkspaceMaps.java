package org.cjmstudio.testing;

import java.io.IOException;
import java.io.InputStream;

import org.cjmstudio.samples.SampleMap;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;

/** Puts sample maps into a workspace project, as a user who imports them would, for UI tests to open. */
public final class WorkspaceMaps {

	private WorkspaceMaps() {
	}

	/** Copies {@code sample} into project {@code projectName} (created if needed), replacing an earlier copy. */
	public static IFile copy(SampleMap sample, String projectName) throws CoreException, IOException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(projectName);
		if (!project.exists()) {
			project.create(null);
		}
		if (!project.isOpen()) {
			project.open(null);
		}
		IFile file = project.getFile(sample.fileName());
		try (InputStream in = sample.open()) {
			if (file.exists()) {
				file.setContents(in, IResource.FORCE, null);
			} else {
				file.create(in, IResource.FORCE, null);
			}
		}
		return file;
	}
}
