package org.cjmstudio.diagram.editor;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;

/** Where on disk an editor input's map file is: a workspace file, or a file opened from outside the workspace. */
final class MapEditorInputs {

	private MapEditorInputs() {
	}

	static Path pathOf(IEditorInput input) throws PartInitException {
		if (input instanceof IFileEditorInput fileInput && fileInput.getFile().getLocation() != null) {
			return fileInput.getFile().getLocation().toFile().toPath();
		}
		if (input instanceof IURIEditorInput uriInput && "file".equals(uriInput.getURI().getScheme())) {
			return Path.of(uriInput.getURI());
		}
		throw new PartInitException("The journey map editor opens .cjm files on disk; '" + input.getName()
				+ "' is not one.");
	}

	/** The workspace file of the input, or null for files opened from outside the workspace (they get no markers). */
	static IFile workspaceFileOf(IEditorInput input) {
		return input instanceof IFileEditorInput fileInput ? fileInput.getFile() : null;
	}
}
