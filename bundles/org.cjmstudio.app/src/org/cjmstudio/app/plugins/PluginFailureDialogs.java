package org.cjmstudio.app.plugins;

import java.util.function.Consumer;

import org.cjmstudio.model.contributions.PluginFailedException;
import org.cjmstudio.model.contributions.SwitchedOff;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Tells the user, in a dialog, of a plugin's contribution that failed where nobody else reports it (a validation rule
 * that throws, runs past its budget or whose class is missing). Once per contribution: {@link SwitchedOff} switches it
 * off and asks only the first time. Failures of exporters, importers and wizards are shown by the job or wizard that
 * ran them.
 */
public final class PluginFailureDialogs {

	public static final String TITLE = "Plugin Switched Off";

	private final Display display;
	private Consumer<PluginFailedException> previous;

	public PluginFailureDialogs(Display display) {
		this.display = display;
	}

	/** From now on, failures are shown in a dialog; the failing thread (often a validation thread) does not wait. */
	public void install() {
		previous = SwitchedOff.tellUserWith(failure -> {
			if (!display.isDisposed()) {
				display.asyncExec(() -> show(failure));
			}
		});
	}

	public void uninstall() {
		if (previous != null) {
			SwitchedOff.tellUserWith(previous);
		}
	}

	private void show(PluginFailedException failure) {
		if (display.isDisposed()) {
			return;
		}
		Shell parent = display.getActiveShell();
		MessageDialog.openWarning(parent, TITLE, failure.getMessage()
				+ "\n\nThe details are in the error log; the plugin's author may want them.");
	}
}
