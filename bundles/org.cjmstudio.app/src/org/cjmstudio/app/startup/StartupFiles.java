package org.cjmstudio.app.startup;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.cjmstudio.samples.SampleMap;
import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

/**
 * Opens what the command line asks for once the window is up: the map files named on it, and with
 * {@code -openSample} the B2C sample (what {@code ./cjmstudio} does for a first look). A file that cannot be opened
 * gets a message; the others still open.
 */
public final class StartupFiles {

	static final String OPEN_SAMPLE = "-openSample";

	private final List<String> arguments;

	public StartupFiles(String[] arguments) {
		this.arguments = List.of(arguments);
	}

	public void open(IWorkbenchPage page) {
		List<String> problems = new ArrayList<>();
		if (arguments.contains(OPEN_SAMPLE)) {
			openSample(page, problems);
		}
		for (String argument : arguments) {
			if (argument.endsWith(".cjm")) {
				openFile(page, new File(argument), problems);
			}
		}
		if (!problems.isEmpty()) {
			MessageDialog.openError(page.getWorkbenchWindow().getShell(), "Some maps could not be opened",
					String.join("\n\n", problems));
		}
	}

	private static void openSample(IWorkbenchPage page, List<String> problems) {
		try {
			IFile sample = SampleProject.install(ResourcesPlugin.getWorkspace().getRoot(),
					SampleMap.B2C_ONLINE_SHOP, null);
			IDE.openEditor(page, sample, true);
		} catch (CoreException | IOException e) {
			ILog.of(StartupFiles.class).error("Could not open the sample map", e);
			problems.add("The sample map: " + e.getMessage());
		}
	}

	private static void openFile(IWorkbenchPage page, File file, List<String> problems) {
		if (!file.isFile()) {
			problems.add(file + ": there is no such file.");
			return;
		}
		try {
			IDE.openEditorOnFileStore(page, EFS.getLocalFileSystem().fromLocalFile(file.getAbsoluteFile()));
		} catch (PartInitException e) {
			problems.add(file + ": " + e.getMessage());
		}
	}
}
