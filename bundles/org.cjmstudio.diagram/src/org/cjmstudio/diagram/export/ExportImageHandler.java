package org.cjmstudio.diagram.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.cjmstudio.diagram.editor.JourneyMapEditor;
import org.cjmstudio.model.contributions.PluginFailedException;
import org.cjmstudio.model.formats.ExportFormat;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File &gt; Export Map...: saves the active journey map as a PNG, SVG or PDF, the whole map at 100 %, for slides,
 * wikis, stakeholders and print, then says where the file is. Active only while a journey map editor is (see
 * plugin.xml).
 */
public final class ExportImageHandler extends AbstractHandler {

	public static final String COMMAND_ID = "org.cjmstudio.diagram.exportImage";
	public static final String DONE_TITLE = "Map Exported";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IEditorPart editor = HandlerUtil.getActiveEditorChecked(event);
		if (!(editor instanceof JourneyMapEditor mapEditor)) {
			return null;
		}
		Shell shell = HandlerUtil.getActiveShellChecked(event);
		ExportMapDialog dialog = new ExportMapDialog(shell, suggestedFile(mapEditor.getEditorInput()));
		if (dialog.open() == Window.OK) {
			export(mapEditor, dialog, shell);
		}
		return null;
	}

	private static void export(JourneyMapEditor editor, ExportMapDialog dialog, Shell shell) {
		Path file = dialog.file();
		if (dialog.dataFormat() != null) {
			exportData(editor, dialog.dataFormat(), file, shell);
			return;
		}
		try {
			int pages = DiagramImages.export(editor.getGraphicalViewer(), file, dialog.format(), dialog.options());
			String what = dialog.format() != ImageFormat.PDF ? "" : pages == 1 ? " (one page)"
					: " (" + pages + " " + dialog.options().pages().name() + " pages)";
			MessageDialog.openInformation(shell, DONE_TITLE, "The map was exported to\n" + file + what + ".");
		} catch (IOException | SWTException | IllegalStateException e) {
			// SWTException: e.g. no memory for the pixels of a very large map.
			ILog.of(ExportImageHandler.class).error("Could not export the journey map to " + file, e);
			MessageDialog.openError(shell, "Could not export the map", "Exporting the map to '" + file
					+ "' failed: " + e.getMessage() + "\n\nNo file was written there. Check that the folder exists and"
					+ " is writable, or choose another place.");
		}
	}

	/**
	 * The map as the editor holds it (unsaved changes included) in an installed data format. A plugin's exporter
	 * that fails is switched off, and this error is the one time the user hears of it.
	 */
	private static void exportData(JourneyMapEditor editor, ExportFormat format, Path file, Shell shell) {
		try {
			format.write(List.of(editor.getMap()), file);
			MessageDialog.openInformation(shell, DONE_TITLE, "The map was exported to\n" + file + " (" + format.name()
					+ ").");
		} catch (PluginFailedException brokenPlugin) {
			MessageDialog.openError(shell, "Could not export the map", brokenPlugin.getMessage()
					+ "\n\nNo file was written to '" + file + "'.");
		} catch (IOException e) {
			MessageDialog.openError(shell, "Could not export the map", "Exporting the map to '" + file + "' as "
					+ format.name() + " failed: " + e.getMessage() + "\n\nNo file was written there.");
		}
	}

	/** Next to the map file, named after it, as PDF (what stakeholders ask for). */
	static Path suggestedFile(IEditorInput map) {
		String name = map.getName();
		int dot = name.lastIndexOf('.');
		String base = dot > 0 ? name.substring(0, dot) : name;
		Path folder = map instanceof IURIEditorInput uriInput && "file".equals(uriInput.getURI().getScheme())
				? Path.of(uriInput.getURI()).getParent()
				: Path.of(System.getProperty("user.home"));
		return folder.resolve(base + "." + ImageFormat.PDF.extension());
	}
}
