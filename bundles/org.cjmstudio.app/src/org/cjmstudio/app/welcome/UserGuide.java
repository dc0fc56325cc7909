package org.cjmstudio.app.welcome;

import java.io.IOException;
import java.net.URL;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;

/**
 * The user guide that ships with the workbench (a page in this bundle), opened in the user's web browser from
 * Help &gt; User Guide and from the Welcome page.
 */
public final class UserGuide {

	static final String PAGE = "guide/user-guide.html";

	private UserGuide() {
	}

	/** The guide as a file: URL a browser can open. */
	public static URL url() throws IOException {
		URL entry = FrameworkUtil.getBundle(UserGuide.class).getEntry(PAGE);
		if (entry == null) {
			throw new IOException("The user guide '" + PAGE + "' is missing from org.cjmstudio.app");
		}
		return FileLocator.toFileURL(entry);
	}

	/** Help &gt; User Guide. */
	public static Action action(IWorkbenchWindow window) {
		Action action = new Action("&User Guide") {
			@Override
			public void run() {
				open(window.getShell());
			}
		};
		action.setId("org.cjmstudio.app.userGuideAction");
		action.setToolTipText("Drawing a map, personas, research and evidence, exports, team maps, plugins");
		return action;
	}

	static void open(Shell shell) {
		try {
			PlatformUI.getWorkbench().getBrowserSupport().getExternalBrowser().openURL(url());
		} catch (IOException | PartInitException e) {
			ILog.of(UserGuide.class).error("Could not open the user guide", e);
			MessageDialog.openError(shell, "Could not open the user guide", e.getMessage());
		}
	}
}
