package org.cjmstudio.app.welcome;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.action.Action;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.osgi.service.prefs.BackingStoreException;

/**
 * When the Welcome page shows: on the first start in a workspace (remembered in its preferences), and whenever the
 * user chooses Help &gt; Welcome.
 */
public final class Welcome {

	private static final String SHOWN = "welcome.shown";

	private Welcome() {
	}

	/** Opens the Welcome page unless this workspace has seen it already. */
	public static void showOnFirstStart(IWorkbenchPage page) {
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode("org.cjmstudio.app");
		if (preferences.getBoolean(SHOWN, false)) {
			return;
		}
		show(page);
		preferences.putBoolean(SHOWN, true);
		try {
			preferences.flush();
		} catch (BackingStoreException e) {
			ILog.of(Welcome.class).warn("Could not remember that the Welcome page was shown", e);
		}
	}

	public static void show(IWorkbenchPage page) {
		try {
			page.openEditor(WelcomeInput.INSTANCE, WelcomeEditor.ID, true);
		} catch (PartInitException e) {
			ILog.of(Welcome.class).error("Could not open the Welcome page", e);
		}
	}

	/** Help &gt; Welcome. */
	public static Action action(IWorkbenchWindow window) {
		Action action = new Action("&Welcome") {
			@Override
			public void run() {
				if (window.getActivePage() != null) {
					show(window.getActivePage());
				}
			}
		};
		action.setId("org.cjmstudio.app.welcomeAction");
		action.setToolTipText("The sample maps, a new map and the user guide");
		return action;
	}
}
