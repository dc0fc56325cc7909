package org.cjmstudio.collab.ui.comments;

import java.util.Date;

import org.cjmstudio.diagram.comments.CommentAuthors;
import org.cjmstudio.diagram.editor.JourneyMapEditor;
import org.cjmstudio.model.CjmElement;
import org.cjmstudio.model.Comment;
import org.cjmstudio.model.CommentThread;
import org.cjmstudio.model.edit.comments.CommentCommands;
import org.cjmstudio.model.validation.ElementLabels;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.gef.EditPart;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;

/**
 * The discussion of what is selected in the journey map editor (a card, a stage, the map itself): its comment threads
 * with every comment (who, when, what), a box to write in, and **Comment** (a new thread), **Reply** (to the selected
 * thread) and **Resolve** / **Reopen**. Each is one command on the editor's command stack, so it can be undone and a
 * team map sends it like any edit; a teammate's comments appear as they arrive.
 */
public final class CommentsView extends ViewPart {

	public static final String ID = "org.cjmstudio.collab.ui.commentsView";

	private Label where;
	private TreeViewer threads;
	private Text text;
	private Button comment;
	private Button reply;
	private Button resolve;
	private JourneyMapEditor editor;
	private CjmElement shown;
	private final DiscussionWatcher watcher = new DiscussionWatcher(this::refresh);
	private final ISelectionListener selections = this::selectionChanged;
	private final IPartListener2 editors = new IPartListener2() {
		@Override
		public void partClosed(IWorkbenchPartReference reference) {
			if (reference.getPart(false) == editor) {
				show(null, null);
			}
		}

		@Override
		public void partVisible(IWorkbenchPartReference reference) {
			if (reference.getPart(false) == CommentsView.this) {
				followActiveEditor(); // brought to the front (Show Comments): what is selected now
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
		where = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(where);
		threads = new TreeViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		threads.setContentProvider(new Discussion());
		threads.setLabelProvider(new CommentLabels());
		threads.setAutoExpandLevel(TreeViewer.ALL_LEVELS);
		threads.addSelectionChangedListener(event -> updateButtons());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(threads.getTree());
		text = new Text(parent, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		text.setMessage("Write a comment...");
		text.addModifyListener(event -> updateButtons());
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 60).applyTo(text);
		Composite buttons = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).equalWidth(false).applyTo(buttons);
		comment = button(buttons, "&Comment", "Start a new thread on the selected element", this::startThread);
		reply = button(buttons, "&Reply", "Answer the selected thread", this::replyToSelected);
		resolve = button(buttons, "Re&solve", "Mark the selected thread settled (or open it again)",
				this::toggleResolved);
		getSite().getPage().addSelectionListener(selections);
		getSite().getPage().addPartListener(editors);
		followActiveEditor();
	}

	/** Shows the discussion of what is selected in the active map editor now (also when the view comes up). */
	public void followActiveEditor() {
		follow(getSite().getPage().getActiveEditor());
	}

	/** Shows the discussion of what is selected in {@code editor} now (the editor a command was chosen in). */
	public void follow(IEditorPart editorPart) {
		if (editorPart instanceof JourneyMapEditor mapEditor) {
			show(mapEditor, elementOf(mapEditor.getGraphicalViewer().getSelection(), mapEditor));
		} else {
			show(null, null);
		}
	}

	private static Button button(Composite parent, String label, String tip, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(label);
		button.setToolTipText(tip);
		button.addListener(SWT.Selection, event -> action.run());
		return button;
	}

	private void selectionChanged(IWorkbenchPart part, ISelection selection) {
		if (part == this || selection == null || selection.isEmpty()) {
			// the workbench reports an empty selection as parts come and go (this view coming to the front among
			// them); a map editor with nothing selected reports its map, so an empty one is no news
			return;
		}
		if (part instanceof JourneyMapEditor mapEditor) {
			// only the editor's own selection: other views' trees (the Outline's root is the map) report selections
			// of their own as they come and go, which would replace the card the user is looking at
			show(mapEditor, elementOf(selection, mapEditor));
		}
	}

	/** The card, stage or map the selection stands for (the map when nothing in particular is selected). */
	private static CjmElement elementOf(ISelection selection, JourneyMapEditor mapEditor) {
		Object first = selection instanceof IStructuredSelection structured ? structured.getFirstElement() : null;
		Object model = first instanceof EditPart part ? part.getModel() : first;
		for (EObject element = model instanceof EObject object ? object : null; element != null; element = element
				.eContainer()) {
			if (element instanceof CjmElement discussed) {
				return discussed;
			}
		}
		return mapEditor == null ? null : mapEditor.getMap();
	}

	private void show(JourneyMapEditor mapEditor, CjmElement element) {
		editor = mapEditor;
		shown = element;
		refresh();
	}

	private void refresh() {
		if (where == null || where.isDisposed()) {
			return;
		}
		boolean onMap = shown != null && editor != null && EcoreUtil.getRootContainer(shown) == editor.getMap();
		watcher.watch(onMap ? shown : null);
		if (!onMap) {
			where.setText("Select a card, a stage or the map in a journey map editor to see and write its comments.");
			threads.setInput(null);
		} else {
			int open = (int) shown.getCommentThreads().stream().filter(thread -> !thread.isResolved()).count();
			where.setText("Comments on " + ElementLabels.describe(shown) + ": "
					+ (shown.getCommentThreads().isEmpty() ? "none yet" : open + " open of "
							+ shown.getCommentThreads().size()));
			Object selected = threads.getStructuredSelection().getFirstElement();
			threads.setInput(shown);
			threads.expandAll();
			if (selected instanceof EObject still && EcoreUtil.isAncestor(shown, still)) {
				threads.setSelection(new org.eclipse.jface.viewers.StructuredSelection(selected), true);
			}
		}
		where.getParent().layout(true);
		updateButtons();
	}

	private void updateButtons() {
		if (comment == null || comment.isDisposed()) {
			return;
		}
		boolean onMap = shown != null && editor != null;
		boolean written = CommentCommands.problemWith(text.getText()) == null;
		CommentThread thread = selectedThread();
		comment.setEnabled(onMap && written);
		reply.setEnabled(onMap && written && thread != null);
		resolve.setEnabled(onMap && thread != null);
		resolve.setText(thread != null && thread.isResolved() ? "Re&open" : "Re&solve");
		resolve.getParent().layout(true);
	}

	/** The thread selected in the tree, or the thread of the selected comment. */
	public CommentThread selectedThread() {
		Object selected = threads.getStructuredSelection().getFirstElement();
		if (selected instanceof Comment picked && picked.eContainer() instanceof CommentThread thread) {
			return thread;
		}
		return selected instanceof CommentThread thread ? thread : null;
	}

	private void startThread() {
		execute(CommentCommands.startThread(editor.getEditingDomain(), shown, author(), text.getText(), new Date()));
	}

	private void replyToSelected() {
		execute(CommentCommands.reply(editor.getEditingDomain(), selectedThread(), author(), text.getText(),
				new Date()));
	}

	private void toggleResolved() {
		CommentThread thread = selectedThread();
		execute(CommentCommands.setResolved(editor.getEditingDomain(), thread, !thread.isResolved()));
	}

	private String author() {
		return CommentAuthors.of(editor.getEditorInput());
	}

	private void execute(Command command) {
		if (command.canExecute()) {
			editor.getEditingDomain().getCommandStack().execute(command);
			text.setText("");
		}
	}

	/** The element whose comments are shown (tests). */
	public CjmElement shown() {
		return shown;
	}

	public TreeViewer threads() {
		return threads;
	}

	public Text textBox() {
		return text;
	}

	public Button commentButton() {
		return comment;
	}

	public Button replyButton() {
		return reply;
	}

	public Button resolveButton() {
		return resolve;
	}

	public String heading() {
		return where.getText();
	}

	@Override
	public void setFocus() {
		text.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removeSelectionListener(selections);
		getSite().getPage().removePartListener(editors);
		watcher.stop();
		super.dispose();
	}

	/** Threads of the element, oldest first, each with its comments. */
	private static final class Discussion implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return input instanceof CjmElement element ? element.getCommentThreads().toArray() : new Object[0];
		}

		@Override
		public Object[] getChildren(Object parent) {
			return parent instanceof CommentThread thread ? thread.getComments().toArray() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return element instanceof EObject object ? object.eContainer() : null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof CommentThread thread && !thread.getComments().isEmpty();
		}
	}
}
