package org.cjmstudio.diagram.comments;

import java.util.Date;
import java.util.List;

import org.cjmstudio.diagram.commands.EmfCommand;
import org.cjmstudio.model.CjmElement;
import org.cjmstudio.model.edit.comments.CommentCommands;
import org.cjmstudio.model.validation.ElementLabels;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.ui.actions.SelectionAction;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IEditorPart;

/** "Add Comment..." on a selected card, stage or the map: starts a comment thread in one undoable step. */
public final class AddCommentAction extends SelectionAction {

	public static final String ID = "org.cjmstudio.diagram.addComment";

	private final EditingDomain domain;

	public AddCommentAction(IEditorPart editor, EditingDomain domain) {
		super(editor);
		this.domain = domain;
		setId(ID);
		setText("Add Co&mment...");
		setToolTipText("Start a discussion about this card, stage or map with your team");
	}

	@Override
	protected boolean calculateEnabled() {
		return selectedElement() != null;
	}

	@Override
	public void run() {
		CjmElement element = selectedElement();
		String author = CommentAuthors.of(((IEditorPart) getWorkbenchPart()).getEditorInput());
		AddCommentDialog dialog = new AddCommentDialog(getWorkbenchPart().getSite().getShell(),
				ElementLabels.describe(element), author);
		if (dialog.open() == Window.OK) {
			execute(new EmfCommand(CommentCommands.startThread(domain, element, author, dialog.written(), new Date())));
		}
	}

	private CjmElement selectedElement() {
		List<?> selection = getSelectedObjects();
		return selection.size() == 1 && selection.get(0) instanceof EditPart part
				&& part.getModel() instanceof CjmElement element ? element : null;
	}
}
