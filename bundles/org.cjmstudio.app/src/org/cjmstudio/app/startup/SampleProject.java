package org.cjmstudio.app.startup;

import java.io.IOException;
import java.io.InputStream;

import org.cjmstudio.samples.SampleMap;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * The "Samples" project a new user finds in the workspace: the sample maps shipped with CJM Studio (and the images
 * their cards show), copied in once so
 * they can be opened, edited and saved like any other map. An existing project (maybe with the user's edits) is left
 * alone.
 */
public final class SampleProject {

	public static final String NAME = "Samples";

	private SampleProject() {
	}

	/** Creates the project with every sample if it does not exist yet; returns the file of {@code wanted}. */
	public static IFile install(IWorkspaceRoot root, SampleMap wanted, IProgressMonitor monitor)
			throws CoreException, IOException {
		IProject project = root.getProject(NAME);
		if (!project.exists()) {
			project.create(monitor);
			project.open(monitor);
			for (SampleMap sample : SampleMap.values()) {
				try (InputStream in = sample.open()) {
					project.getFile(sample.fileName()).create(in, IResource.NONE, monitor);
				}
				for (String attachment : sample.attachments()) {
					IFile file = project.getFile(attachment);
					createFolders(file.getParent(), monitor);
					try (InputStream in = sample.openAttachment(attachment)) {
						file.create(in, IResource.NONE, monitor);
					}
				}
			}
		} else if (!project.isOpen()) {
			project.open(monitor);
		}
		return project.getFile(wanted.fileName());
	}

	private static void createFolders(IContainer container, IProgressMonitor monitor) throws CoreException {
		if (container instanceof IFolder folder && !folder.exists()) {
			createFolders(folder.getParent(), monitor);
			folder.create(IResource.NONE, true, monitor);
		}
	}
}
