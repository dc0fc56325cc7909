package org.cjmstudio.research.ui.actions;

import java.util.List;

import org.cjmstudio.model.Evidence;
import org.cjmstudio.model.Interview;
import org.cjmstudio.model.ResearchStudy;
import org.cjmstudio.model.edit.domain.CommandLabels;
import org.cjmstudio.research.ui.view.OpenMap;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Delete (the key, Edit > Delete, the context menu): the selected evidence and every reference to it (a barrier's
 * citation, an insight's support) go in one undoable step. A study that still holds interviews is deleted only after
 * the analyst says yes, since it takes its interviews and their transcripts along.
 */
public final class DeleteEvidenceAction extends Action {

	public static final String DIALOG_TITLE = "Delete Research";

	private final ResearchContext context;

	public DeleteEvidenceAction(ResearchContext context) {
		super("Delete");
		this.context = context;
		setId(ActionFactory.DELETE.getId());
		setActionDefinitionId("org.eclipse.ui.edit.delete");
		setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_TOOL_DELETE));
		update();
	}

	public void update() {
		setEnabled(context.openMap() != null && !selected().isEmpty());
	}

	@Override
	public void run() {
		OpenMap open = context.openMap();
		List<Evidence> elements = selected();
		if (open == null || elements.isEmpty() || !confirmed(elements)) {
			return;
		}
		Command delete = DeleteCommand.create(open.domain(), elements);
		if (delete.canExecute()) {
			open.domain().getCommandStack().execute(delete);
		}
	}

	private boolean confirmed(List<Evidence> elements) {
		int interviews = 0;
		int quotes = 0;
		for (Evidence element : elements) {
			if (element instanceof ResearchStudy study) {
				interviews += study.getInterviews().size();
				quotes += study.getInterviews().stream().mapToInt(interview -> interview.getQuotes().size()).sum();
			}
		}
		if (interviews == 0) {
			return true;
		}
		String what = CommandLabels.kind(elements.get(0)).toLowerCase();
		String question = "Delete " + (elements.size() == 1 ? "the " + what + " '" + elements.get(0).getTitle() + "'"
				: elements.size() + " elements") + " with its " + interviews
				+ (interviews == 1 ? " interview" : " interviews") + " and " + quotes
				+ (quotes == 1 ? " quote" : " quotes")
				+ "?\n\nEvery reference to them goes too. Edit > Undo (Ctrl+Z) brings everything back.";
		return MessageDialog.openQuestion(context.shell(), DIALOG_TITLE, question);
	}

	/** The selected evidence, without the folders and without what a selected study or interview holds anyway. */
	private List<Evidence> selected() {
		List<?> selection = context.selection().toList();
		return selection.stream().filter(Evidence.class::isInstance).map(Evidence.class::cast)
				.filter(element -> !selection.contains(element.eContainer())
						&& !(element.eContainer() instanceof Interview interview
								&& selection.contains(interview.eContainer())))
				.toList();
	}
}
