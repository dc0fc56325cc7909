package org.cjmstudio.collab.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;
import java.util.List;

import org.cjmstudio.collab.ui.comments.CommentsView;
import org.cjmstudio.diagram.editor.JourneyMapEditor;
import org.cjmstudio.diagram.figures.CardFigure;
import org.cjmstudio.model.Barrier;
import org.cjmstudio.model.Comment;
import org.cjmstudio.model.CommentThread;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Touchpoint;
import org.cjmstudio.model.edit.comments.CommentCommands;
import org.cjmstudio.model.persistence.MapFiles;
import org.cjmstudio.samples.SampleMap;
import org.cjmstudio.testing.Menus;
import org.cjmstudio.testing.Screenshots;
import org.cjmstudio.testing.Widgets;
import org.cjmstudio.testing.Widgets.ExpectedDialog;
import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;

/**
 * Lena discusses a barrier of a map file: Add Comment... from the card's context menu puts a badge on the card; in
 * the Comments view she replies and resolves the thread, which takes the badge away; undo brings it back; the
 * discussion is saved with the map. On the team map Omar shares, his comment reaches her view and her reply him.
 */
class CommentsViewTest extends OmarSharesTheB2cSample {

	@Test
	void lenaAddsACommentFromTheContextMenuRepliesAndResolvesItInTheCommentsView() throws Exception {
		window.getActivePage().closeAllEditors(false); // the team map of the other test is the same sample
		IFile file = org.cjmstudio.testing.WorkspaceMaps.copy(SampleMap.B2C_ONLINE_SHOP, "comments");
		JourneyMapEditor editor = (JourneyMapEditor) IDE.openEditor(window.getActivePage(), file);
		Barrier barrier = editor.getMap().getStages().stream().flatMap(stage -> stage.getBarriers().stream())
				.findFirst().orElseThrow();
		CommentsView view = (CommentsView) window.getActivePage().showView(CommentsView.ID);
		window.getActivePage().showView(IPageLayout.ID_PROP_SHEET); // in front of the Comments view, as usual
		select(editor, barrier);
		assertFalse(window.getActivePage().isPartVisible(view));

		Menu menu = contextMenu(editor);
		assertTrue(Menus.labels(menu).contains("Show Comments"), Menus.labels(menu)::toString);
		ExpectedDialog dialog = Widgets.whenShown(display, "Add Comment", shell -> {
			Text text = Widgets.all(shell, Text.class).stream().filter(Text::getEditable).findFirst().orElseThrow();
			assertFalse(Widgets.button(shell, "Add Comment").isEnabled(), "nothing written, nothing to add");
			text.setText("Is this from the interviews or a guess?");
			Widgets.press(shell, "Add Comment");
		});
		Menus.choose(Menus.item(menu, "Add Comment..."));
		Menus.hide(menu);
		dialog.assertHandled();
		assertEquals(1, barrier.getCommentThreads().size());
		Comment first = barrier.getCommentThreads().get(0).getComments().get(0);
		assertEquals(System.getProperty("user.name"), first.getAuthor(), "a map file's comments carry the user's name");
		assertEquals("Is this from the interviews or a guess?", first.getText());
		CommandStack commands = editor.getEditingDomain().getCommandStack();
		assertEquals("Add Comment", commands.getUndoCommand().getLabel());
		assertEquals(1, card(editor, barrier).getCommentBadge().openThreads(), "the card shows the open thread");
		assertTrue(card(editor, barrier).getToolTip() != null);
		assertEquals(List.of(editor.getGraphicalViewer().getEditPartRegistry().get(barrier)),
				editor.getGraphicalViewer().getSelectedEditParts(), "the card stays selected");

		menu = contextMenu(editor);
		Menus.choose(Menus.item(menu, "Show Comments"));
		Menus.hide(menu);
		view = (CommentsView) window.getActivePage().findView(CommentsView.ID);
		assertTrue(window.getActivePage().isPartVisible(view), "Show Comments brings up the view");
		// Known gap: right after Show Comments the view has been seen showing the map's discussion instead of the
		// selected card's (the workbench's selection events as the view comes up, not yet understood); a click on
		// the card, as here, always brings its discussion.
		editor.getGraphicalViewer().deselectAll();
		select(editor, barrier);
		assertEquals(barrier, view.shown(), "the view shows the selected card");
		assertTrue(view.heading().contains("1 open of 1"), view.heading());
		CommentThread thread = barrier.getCommentThreads().get(0);
		assertEquals(1, view.threads().getTree().getItemCount());
		assertTrue(view.threads().getTree().getItem(0).getItem(0).getText().contains("guess?"));
		assertFalse(view.replyButton().isEnabled(), "no thread selected");

		view.threads().setSelection(new StructuredSelection(thread), true);
		view.textBox().setText("Interviews 3 and 7, I will link them.");
		Widgets.click(view.replyButton());
		assertEquals(2, thread.getComments().size());
		assertEquals("Reply to Comment", commands.getUndoCommand().getLabel());
		assertEquals("", view.textBox().getText(), "the box is cleared for the next comment");
		assertEquals(2, view.threads().getTree().getItem(0).getItemCount(), "the view shows the reply");

		view.threads().setSelection(new StructuredSelection(thread), true);
		Widgets.click(view.resolveButton());
		assertTrue(thread.isResolved());
		assertTrue(view.heading().contains("0 open of 1"), view.heading());
		assertEquals("Reopen", view.resolveButton().getText().replace("&", ""));
		assertNull(card(editor, barrier).getCommentBadge(), "a resolved thread has no badge");
		Screenshots.capture(window.getShell(), "comments-view.png");

		commands.undo();
		assertFalse(thread.isResolved());
		assertEquals(1, card(editor, barrier).getCommentBadge().openThreads(), "undo reopens the thread");
		commands.redo();

		editor.doSave(null);
		JourneyMap saved = MapFiles.load(file.getLocation().toPath());
		Barrier again = saved.getStages().stream().flatMap(stage -> stage.getBarriers().stream()).findFirst()
				.orElseThrow();
		assertEquals(List.of(System.getProperty("user.name"), System.getProperty("user.name")), again
				.getCommentThreads().get(0).getComments().stream().map(Comment::getAuthor).toList());
		assertTrue(again.getCommentThreads().get(0).isResolved());
		JourneyMap closed = editor.getMap();
		window.getActivePage().closeEditor(editor, false);
		assertTrue(view.shown() == null || org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(view.shown()) != closed,
				"the view lets go of a closed map (it may follow another open map editor)");
	}

	@Test
	void omarsCommentOnTheTeamMapReachesLenasViewAndHerReplyReachesHim() throws Exception {
		JourneyMapEditor editor = TeamWorkbench.openFromTheTeamMapsView(window, server, omar.mapId());
		Touchpoint touchpoint = SecondWorkbench.touchpoint(editor.getMap(), 0);
		CommentsView view = (CommentsView) window.getActivePage().showView(CommentsView.ID);
		window.getActivePage().activate(editor);
		select(editor, touchpoint);
		assertEquals(touchpoint, view.shown());
		assertTrue(view.heading().contains("none yet"), view.heading());

		omar.edit((domain, map) -> CommentCommands.startThread(domain, SecondWorkbench.touchpoint(map, 0), "omar",
				"Should this say 'Express checkout'?", new Date()));
		Widgets.waitUntil(display, () -> view.threads().getTree().getItemCount() == 1, 20,
				"Omar's comment to appear in Lena's Comments view");
		assertTrue(view.threads().getTree().getItem(0).getItem(0).getText().startsWith("omar"));
		assertEquals(1, card(editor, touchpoint).getCommentBadge().openThreads());

		view.threads().setSelection(new StructuredSelection(touchpoint.getCommentThreads().get(0)), true);
		view.textBox().setText("No, guests do not know the word.");
		Widgets.click(view.replyButton());
		Widgets.waitUntil(display, () -> omar.read(map -> SecondWorkbench.touchpoint(map, 0).getCommentThreads()
				.get(0).getComments().size()) == 2, 20, "Lena's reply to reach Omar");
		assertEquals("lena", omar.read(map -> SecondWorkbench.touchpoint(map, 0).getCommentThreads().get(0)
				.getComments().get(1).getAuthor()), "a team map's comments carry the repository user");
		window.getActivePage().closeEditor(editor, false);
	}

	private void select(JourneyMapEditor editor, Object element) {
		window.getActivePage().activate(editor);
		editor.getGraphicalViewer().setSelection(new StructuredSelection(editor.getGraphicalViewer()
				.getEditPartRegistry().get(element)));
		while (display.readAndDispatch()) {
			// let the views follow the selection
		}
	}

	private static CardFigure card(JourneyMapEditor editor, Object element) {
		return (CardFigure) ((GraphicalEditPart) editor.getGraphicalViewer().getEditPartRegistry().get(element))
				.getFigure();
	}

	private static Menu contextMenu(JourneyMapEditor editor) {
		MenuManager manager = editor.getGraphicalViewer().getContextMenu();
		Control control = editor.getGraphicalViewer().getControl();
		Menu menu = control.getMenu() != null ? control.getMenu() : manager.createContextMenu(control);
		return Menus.shown(menu);
	}
}
