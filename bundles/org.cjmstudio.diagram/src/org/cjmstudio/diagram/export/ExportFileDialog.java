package org.cjmstudio.diagram.export;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IURIEditorInput;

/**
 * Asks where to save a map's picture: next to the map file, named after it, PNG or SVG by the extension the user
 * types or the file type chosen in the dialog; confirms before replacing a file.
 */
final class ExportFileDialog {

	private static final ImageFormat[] FORMATS = { ImageFormat.PNG, ImageFormat.SVG };

	private ExportFileDialog() {
	}

	/** The file to write, or null if the user cancelled. */
	static Path ask(Shell shell, IEditorInput map) {
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText("Export Image");
		dialog.setFilterExtensions(new String[] { "*.png", "*.svg" });
		dialog.setFilterNames(new String[] { "PNG image (*.png)", "SVG drawing (*.svg)" });
		dialog.setOverwrite(true);
		dialog.setFileName(baseName(map.getName()) + "." + ImageFormat.PNG.extension());
		Path mapFile = fileOf(map);
		if (mapFile != null && mapFile.getParent() != null) {
			dialog.setFilterPath(mapFile.getParent().toString());
		}
		String chosen = dialog.open();
		if (chosen == null) {
			return null;
		}
		Path file = Path.of(chosen);
		if (ImageFormat.forFile(file).isPresent()) {
			return file;
		}
		// A name typed without extension gets the chosen type's; the dialog has not asked about that file yet.
		int index = dialog.getFilterIndex();
		ImageFormat format = FORMATS[index >= 0 && index < FORMATS.length ? index : 0];
		Path withExtension = file.resolveSibling(file.getFileName() + "." + format.extension());
		if (Files.exists(withExtension) && !MessageDialog.openQuestion(shell, "Export Image",
				"'" + withExtension + "' already exists. Do you want to replace it?")) {
			return null;
		}
		return withExtension;
	}

	private static String baseName(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot > 0 ? fileName.substring(0, dot) : fileName;
	}

	private static Path fileOf(IEditorInput input) {
		if (input instanceof IURIEditorInput uriInput && "file".equals(uriInput.getURI().getScheme())) {
			return Path.of(uriInput.getURI());
		}
		return null;
	}
}
