package org.cjmstudio.app.wizards;

import java.io.IOException;

import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.persistence.MapFiles;
import org.cjmstudio.model.contributions.PluginFailedException;
import org.cjmstudio.model.templates.InstalledTemplate;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Path;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.ide.IDE;

/** File &gt; New &gt; Journey Map: writes a new map file (atomically) and opens it in the map editor. */
public final class NewJourneyMapWizard extends Wizard implements INewWizard {

	private IWorkbench workbench;
	private NewJourneyMapPage page;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		page = new NewJourneyMapPage(workbench, selection);
		setWindowTitle("New Journey Map");
		setNeedsProgressMonitor(false);
	}

	@Override
	public void addPages() {
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		IContainer folder = (IContainer) ResourcesPlugin.getWorkspace().getRoot().findMember(new Path(page.folder()));
		IFile file = folder.getFile(new Path(page.fileName()));
		InstalledTemplate template = page.template();
		JourneyMap map;
		try {
			map = template.newMap(page.mapTitle(), page.firstPersona());
		} catch (PluginFailedException e) {
			// a plugin's bug, logged and switched off already: told to the user, no file written; the wizard stays open
			// with that choice greyed out, so the user can start from another template
			MessageDialog.openError(getShell(), "Could not create the map", e.getMessage());
			page.templateFailed();
			return false;
		}
		try {
			MapFiles.save(map, file.getLocation().toFile().toPath());
			file.refreshLocal(IResource.DEPTH_ZERO, null);
			IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file, true);
			return true;
		} catch (IOException | CoreException e) {
			MessageDialog.openError(getShell(), "Could not create the map",
					"Creating '" + file.getFullPath() + "' failed: " + e.getMessage());
			return false;
		}
	}
}
