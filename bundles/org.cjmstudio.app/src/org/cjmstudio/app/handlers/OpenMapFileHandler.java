package org.cjmstudio.app.handlers;

import java.io.File;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.filesystem.EFS;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;

/** File &gt; Open Map...: opens any {@code .cjm} file on disk in the map editor, inside or outside the workspace. */
public final class OpenMapFileHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		Shell shell = window.getShell();
		FileDialog dialog = new FileDialog(shell, SWT.OPEN | SWT.MULTI);
		dialog.setText("Open Journey Map");
		dialog.setFilterExtensions(new String[] { "*.cjm", "*.*" });
		dialog.setFilterNames(new String[] { "Journey maps (*.cjm)", "All files" });
		if (dialog.open() == null) {
			return null;
		}
		for (String name : dialog.getFileNames()) {
			File file = new File(dialog.getFilterPath(), name);
			try {
				IDE.openEditorOnFileStore(window.getActivePage(), EFS.getLocalFileSystem().fromLocalFile(file));
			} catch (PartInitException e) {
				MessageDialog.openError(shell, "Could not open the map", e.getMessage());
			}
		}
		return null;
	}
}
