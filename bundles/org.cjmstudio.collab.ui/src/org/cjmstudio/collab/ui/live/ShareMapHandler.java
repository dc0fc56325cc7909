package org.cjmstudio.collab.ui.live;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.cjmstudio.collab.client.RepositoryClient;
import org.cjmstudio.collab.ui.connection.ConnectDialog;
import org.cjmstudio.collab.ui.connection.TeamRepository;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.persistence.MapFiles;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Share Map...: uploads a journey map file (the one selected in the Project Explorer, else the one in the active
 * editor) as a new team map and reopens it live. Unsaved changes are saved first (the user is asked), so what the
 * team gets is what the user sees; the file itself is not changed by sharing.
 */
public final class ShareMapHandler extends AbstractHandler {

	public static final String CONFIRM_TITLE = "Share Map";

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		Shell shell = window.getShell();
		IWorkbenchPage page = window.getActivePage();
		Optional<IFile> target = mapFile(HandlerUtil.getActivePart(event), HandlerUtil.getCurrentSelection(event),
				page.getActiveEditor());
		if (target.isEmpty()) {
			MessageDialog.openInformation(shell, CONFIRM_TITLE, "Select a journey map (.cjm) in the Project Explorer "
					+ "or open one in the editor, then choose Share Map... again.");
			return null;
		}
		IFile file = target.get();
		Optional<RepositoryClient> client = TeamRepository.workbench().client();
		if (client.isEmpty()) {
			ConnectDialog connect = new ConnectDialog(shell);
			if (connect.open() != Window.OK) {
				return null;
			}
			client = Optional.of(connect.connected());
		}
		IEditorPart fileEditor = editorOf(page, file);
		if (fileEditor != null && fileEditor.isDirty() && !page.saveEditor(fileEditor, true)) {
			return null;
		}
		int answer = new MessageDialog(shell, CONFIRM_TITLE, null, "Share '" + file.getName() + "' with the team on "
				+ client.get().address() + "?\n\nEveryone on the team repository can then open it, and the map "
				+ "opens here as a team map: your edits are sent as you make them. The file stays as it is.",
				MessageDialog.QUESTION, 0, "&Share", "Cancel").open();
		if (answer != 0) {
			return null;
		}
		JourneyMap map;
		try {
			map = MapFiles.load(Path.of(file.getLocationURI()));
		} catch (IOException e) {
			MessageDialog.openError(shell, CONFIRM_TITLE, "'" + file.getFullPath() + "' cannot be read: "
					+ e.getMessage());
			return null;
		}
		if (fileEditor != null) {
			page.closeEditor(fileEditor, false);
		}
		TeamMaps.share(page, client.get(), map);
		return null;
	}

	private static Optional<IFile> mapFile(IWorkbenchPart part, ISelection selection, IEditorPart editor) {
		if (!(part instanceof IEditorPart) && selection instanceof IStructuredSelection structured
				&& structured.size() == 1) {
			IFile file = Adapters.adapt(structured.getFirstElement(), IFile.class);
			if (file != null && MapFiles.FILE_EXTENSION.equals(file.getFileExtension())) {
				return Optional.of(file);
			}
		}
		if (editor != null && editor.getEditorInput() instanceof IFileEditorInput input
				&& MapFiles.FILE_EXTENSION.equals(input.getFile().getFileExtension())) {
			return Optional.of(input.getFile());
		}
		return Optional.empty();
	}

	private static IEditorPart editorOf(IWorkbenchPage page, IFile file) {
		return page.findEditor(new org.eclipse.ui.part.FileEditorInput(file));
	}
}
