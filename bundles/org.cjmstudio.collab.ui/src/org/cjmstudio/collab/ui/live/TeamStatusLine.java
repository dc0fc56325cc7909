package org.cjmstudio.collab.ui.live;

import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.action.StatusLineContributionItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.swt.widgets.Shell;

/**
 * The team map's state in the status line, while a team map's editor is active: "Team: connected · v12", "Team:
 * offline · 3 changes waiting", and who else has it open: "Also here: omar". The journey map editors of a window share their status line, so the text follows the
 * active editor (empty for a map file).
 */
public final class TeamStatusLine implements IPartListener2 {

	public static final String ITEM_ID = "org.cjmstudio.collab.ui.teamStatus";
	/** The item that says who else has the map open: "Also here: omar". */
	public static final String PRESENCE_ITEM_ID = "org.cjmstudio.collab.ui.teamPresence";
	private static final String KEY = TeamStatusLine.class.getName();

	private final IWorkbenchPage page;

	private TeamStatusLine(IWorkbenchPage page) {
		this.page = page;
	}

	/** Shows {@code input}'s state while {@code editor} is active, and keeps it current. */
	static void track(IEditorPart editor, TeamMapInput input) {
		IWorkbenchPage page = editor.getSite().getPage();
		Shell shell = page.getWorkbenchWindow().getShell();
		if (shell.getData(KEY) == null) {
			TeamStatusLine line = new TeamStatusLine(page);
			page.addPartListener(line);
			shell.setData(KEY, line);
		}
		input.onStatusChange(() -> shell.getDisplay().asyncExec(() -> {
			if (!shell.isDisposed() && page.getActiveEditor() == editor) {
				show(editor);
			}
		}));
		show(editor);
	}

	/** The text the status line shows for {@code editor} now (tests read it). */
	public static String textOf(IEditorPart editor) {
		return textOf(editor, ITEM_ID);
	}

	/** Who else the status line says has the map open for {@code editor} now, e.g. "Also here: omar". */
	public static String presenceOf(IEditorPart editor) {
		return textOf(editor, PRESENCE_ITEM_ID);
	}

	private static String textOf(IEditorPart editor, String id) {
		IContributionItem item = editor.getEditorSite().getActionBars().getStatusLineManager().find(id);
		return item instanceof StatusLineContributionItem status && status.isVisible() ? status.getText() : "";
	}

	private static void show(IEditorPart editor) {
		IStatusLineManager statusLine = editor.getEditorSite().getActionBars().getStatusLineManager();
		TeamMapInput team = editor.getEditorInput() instanceof TeamMapInput input ? input : null;
		boolean changed = show(statusLine, ITEM_ID, team == null ? "" : team.statusText(), 44);
		changed |= show(statusLine, PRESENCE_ITEM_ID, team == null ? "" : team.presenceText(), 30);
		if (changed) {
			statusLine.update(true);
		}
	}

	private static boolean show(IStatusLineManager statusLine, String id, String text, int width) {
		StatusLineContributionItem item = (StatusLineContributionItem) statusLine.find(id);
		if (item == null) {
			if (text.isEmpty()) {
				return false;
			}
			item = new StatusLineContributionItem(id, width);
			statusLine.add(item);
		}
		item.setText(text);
		item.setVisible(!text.isEmpty());
		return true;
	}

	@Override
	public void partActivated(IWorkbenchPartReference reference) {
		if (reference.getPart(false) instanceof IEditorPart editor && page.getActiveEditor() == editor) {
			show(editor);
		}
	}

	@Override
	public void partBroughtToTop(IWorkbenchPartReference reference) {
		partActivated(reference);
	}
}
