package org.cjmstudio.testing;

import java.io.IOException;
import java.io.InputStream;

import org.cjmstudio.samples.SampleMap;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;

/**
 * Puts sample maps (with the images their cards show) into a workspace project, as a user who imports them would,
 * for UI tests to open.
 */
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
		for (String attachment : sample.attachments()) {
			IFile file = project.getFile(attachment);
			if (file.getParent() instanceof IFolder folder && !folder.exists()) {
				folder.create(IResource.FORCE, true, null);
			}
			try (InputStream in = sample.openAttachment(attachment)) {
				write(file, in);
			}
		}
		IFile file = project.getFile(sample.fileName());
		try (InputStream in = sample.open()) {
			write(file, in);
		}
		return file;
	}

	private static void write(IFile file, InputStream in) throws CoreException {
		if (file.exists()) {
			file.setContents(in, IResource.FORCE, null);
		} else {
			file.create(in, IResource.FORCE, null);
		}
	}
}
