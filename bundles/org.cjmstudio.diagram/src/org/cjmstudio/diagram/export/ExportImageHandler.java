package org.cjmstudio.diagram.export;

import java.io.IOException;
import java.nio.file.Path;

import org.cjmstudio.diagram.editor.JourneyMapEditor;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File &gt; Export Image...: saves the active journey map as a PNG or SVG picture, the whole map at 100 %, for
 * slides, wikis and print. Active only while a journey map editor is (see plugin.xml).
 */
public final class ExportImageHandler extends AbstractHandler {

	public static final String COMMAND_ID = "org.cjmstudio.diagram.exportImage";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IEditorPart editor = HandlerUtil.getActiveEditorChecked(event);
		if (!(editor instanceof JourneyMapEditor mapEditor)) {
			return null;
		}
		Shell shell = HandlerUtil.getActiveShellChecked(event);
		Path file = ExportFileDialog.ask(shell, mapEditor.getEditorInput());
		if (file != null) {
			export(mapEditor, file, shell);
		}
		return null;
	}

	private static void export(JourneyMapEditor editor, Path file, Shell shell) {
		try {
			DiagramImages.export(editor.getGraphicalViewer(), file);
		} catch (IOException | SWTException e) {
			// SWTException: e.g. no memory for the pixels of a very large map.
			ILog.of(ExportImageHandler.class).error("Could not export the journey map to " + file, e);
			MessageDialog.openError(shell, "Could not export the image", "Exporting the map to '" + file
					+ "' failed: " + e.getMessage() + "\n\nNo file was written there. Check that the folder exists and"
					+ " is writable, or choose another place.");
		}
	}
}
