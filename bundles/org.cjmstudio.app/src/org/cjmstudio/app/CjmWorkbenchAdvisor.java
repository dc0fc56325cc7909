package org.cjmstudio.app;

import org.cjmstudio.app.plugins.PluginFailureDialogs;
import org.cjmstudio.app.startup.StartupFiles;
import org.cjmstudio.app.welcome.Welcome;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;

/**
 * Workbench-wide policy: which perspective a new window opens, and keeping the workspace (where map files and
 * their problem markers live) consistent across sessions.
 */
final class CjmWorkbenchAdvisor extends WorkbenchAdvisor {

	private PluginFailureDialogs pluginFailures;

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		configurer.setSaveAndRestore(true);
		// The IDE views we reuse (Problems, Project Explorer, Properties of files) adapt workspace resources
		// through these adapters; the IDE application registers them the same way.
		IDE.registerAdapters();
		IdeImages.declare(configurer);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return JourneyMapPerspective.ID;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new CjmWorkbenchWindowAdvisor(configurer);
	}

	@Override
	public void postStartup() {
		super.postStartup();
		IWorkbenchWindow window = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow();
		// before any map opens: opening one validates it, and a plugin's rule may fail there
		pluginFailures = new PluginFailureDialogs(window.getShell().getDisplay());
		pluginFailures.install();
		// After the window has painted: opening the first map loads the editor's classes (a second or two on a
		// cold start), and the user should see the workbench meanwhile, not an empty screen.
		window.getShell().getDisplay().asyncExec(() -> {
			IWorkbenchPage page = window.getActivePage();
			if (page != null && !window.getShell().isDisposed()) {
				new StartupFiles(Platform.getApplicationArgs()).open(page);
				Welcome.showOnFirstStart(page);
			}
		});
	}

	@Override
	public IAdaptable getDefaultPageInput() {
		return ResourcesPlugin.getWorkspace().getRoot();
	}

	@Override
	public void postShutdown() {
		if (pluginFailures != null) {
			pluginFailures.uninstall();
		}
		// Without a save the workspace starts next time with a "workspace was not shut down properly" refresh,
		// and markers of the last session are lost.
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		try {
			workspace.save(true, new NullProgressMonitor());
		} catch (CoreException e) {
			ILog.of(getClass()).error("Could not save the workspace on shutdown", e);
		}
		super.postShutdown();
	}
}
