package org.cjmstudio.collab.ui.history;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import org.cjmstudio.collab.client.HistoryEntry;
import org.cjmstudio.collab.client.RepositoryException;
import org.cjmstudio.collab.sync.MapSession;
import org.cjmstudio.collab.sync.SessionListener;
import org.cjmstudio.collab.ui.live.TeamMapInput;
import org.cjmstudio.diagram.editor.JourneyMapEditor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

/**
 * The history of the team map in the active editor: version, who, when, what ("renamed touchpoint 'Checkout' to
 * 'Guest checkout'"), newest first, updated as changes arrive. **Open Version** (or a double click) shows the map as it
 * was after the selected change, read-only; **Revert** undoes the selected change as a new change.
 */
public final class HistoryView extends ViewPart {

	public static final String ID = "org.cjmstudio.collab.ui.historyView";
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
			.withZone(ZoneId.systemDefault());

	private Label where;
	private TableViewer table;
	private JourneyMapEditor shown;
	private MapSession session;
	private final SessionListener changes = new SessionListener() {
		@Override
		public void remoteChangesApplied(Collection<EObject> touched) {
			refresh();
		}

		@Override
		public void statusChanged(org.cjmstudio.collab.sync.SyncStatus status) {
			if (status.waiting() == 0 && where != null && !where.isDisposed()) {
				where.getDisplay().asyncExec(HistoryView.this::refresh);
			}
		}
	};
	private final IPartListener2 editors = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			if (reference.getPart(false) instanceof IEditorPart) {
				follow(getSite().getPage().getActiveEditor());
			}
		}

		@Override
		public void partClosed(IWorkbenchPartReference reference) {
			if (reference.getPart(false) == shown) {
				follow(getSite().getPage().getActiveEditor());
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
		where = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).indent(4, 2).applyTo(where);
		table = new TableViewer(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getTable());
		column("Version", 60, entry -> "v" + entry.version());
		column("Who", 80, HistoryEntry::author);
		column("When", 130, entry -> WHEN.format(entry.time()));
		column("What", 420, HistoryEntry::summary);
		table.setContentProvider(ArrayContentProvider.getInstance());
		Action refresh = new Action("Refresh") {
			@Override
			public void run() {
				refresh();
			}
		};
		Action revert = new Action("Revert") {
			@Override
			public void run() {
				revertSelected();
			}
		};
		revert.setToolTipText("Undo the selected change as a new change of the map");
		Action open = new Action("Open Version") {
			@Override
			public void run() {
				openSelected();
			}
		};
		open.setToolTipText("Open the map as it was after the selected change, read-only (or double-click the change)");
		table.addDoubleClickListener(event -> openSelected());
		getViewSite().getActionBars().getToolBarManager().add(refresh);
		getViewSite().getActionBars().getToolBarManager().add(open);
		getViewSite().getActionBars().getToolBarManager().add(revert);
		getSite().getPage().addPartListener(editors);
		follow(getSite().getPage().getActiveEditor());
	}

	private void column(String title, int width, Function<HistoryEntry, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((HistoryEntry) element);
			}
		});
	}

	private void follow(IEditorPart editor) {
		if (editor != null && editor.getEditorInput() instanceof MapVersionInput) {
			return; // an old version opened from here: keep listing the history it belongs to
		}
		JourneyMapEditor next = editor instanceof JourneyMapEditor mapEditor
				&& mapEditor.getEditorInput() instanceof TeamMapInput ? mapEditor : null;
		if (next == shown) {
			return;
		}
		if (session != null) {
			session.removeListener(changes);
		}
		shown = next;
		session = next == null ? null : ((TeamMapInput) next.getEditorInput()).session();
		if (session != null) {
			session.addListener(changes);
		}
		refresh();
	}

	/** Reads the history of the shown team map again, in the background. */
	public void refresh() {
		if (where.isDisposed()) {
			return;
		}
		MapSession current = session;
		if (current == null) {
			where.setText("Open a team map (Team Maps view) to see who changed what.");
			table.setInput(List.of());
			return;
		}
		Job.create("Reading the map's history", monitor -> {
			String line;
			List<HistoryEntry> entries;
			try {
				entries = current.client().history(current.mapId()).stream()
						.sorted((a, b) -> Long.compare(b.version(), a.version())).toList();
				line = "'" + current.map().getTitle() + "': " + entries.size()
						+ (entries.size() == 1 ? " change" : " changes");
			} catch (RepositoryException e) {
				entries = List.of();
				line = e.getMessage();
			}
			String text = line;
			List<HistoryEntry> listed = entries;
			if (!where.isDisposed()) {
				where.getDisplay().asyncExec(() -> {
					if (!where.isDisposed() && current == session) {
						where.setText(text);
						table.setInput(listed);
						where.getParent().layout(true);
					}
				});
			}
			return Status.OK_STATUS;
		}).schedule();
	}

	/** Reverts the selected change as a new change on the editor's command stack. */
	public void revertSelected() {
		if (!(table.getStructuredSelection().getFirstElement() instanceof HistoryEntry entry) || shown == null) {
			return;
		}
		JourneyMapEditor editor = shown;
		MapSession current = session;
		Job.create("Reading what '" + entry.summary() + "' changed", monitor -> {
			try {
				RevertChange revert = RevertChange.of(current.client(), current.mapId(), entry);
				where.getDisplay().asyncExec(() -> apply(editor, revert));
			} catch (RepositoryException | IllegalArgumentException e) {
				where.getDisplay().asyncExec(() -> MessageDialog.openInformation(getSite().getShell(), "Revert",
						e.getMessage()));
			}
			return Status.OK_STATUS;
		}).schedule();
	}

	/** Opens the map as of the selected change's version in a read-only editor (in the background first). */
	public void openSelected() {
		if (!(table.getStructuredSelection().getFirstElement() instanceof HistoryEntry entry) || session == null) {
			return;
		}
		MapSession current = session;
		Job.create("Reading version " + entry.version() + " of the map", monitor -> {
			try {
				MapVersionInput input = OpenVersion.read(current, entry);
				where.getDisplay().asyncExec(() -> open(input));
			} catch (RepositoryException | IllegalStateException e) {
				where.getDisplay().asyncExec(() -> MessageDialog.openInformation(getSite().getShell(),
						"Open Version", e.getMessage()));
			}
			return Status.OK_STATUS;
		}).schedule();
	}

	private void open(MapVersionInput input) {
		try {
			getSite().getPage().openEditor(input, JourneyMapEditor.ID);
		} catch (PartInitException e) {
			MessageDialog.openError(getSite().getShell(), "Open Version", "Version " + input.version()
					+ " could not be opened: " + e.getMessage());
		}
	}

	private void apply(JourneyMapEditor editor, RevertChange revert) {
		try {
			Command command = revert.command(editor.getMap());
			editor.getEditingDomain().getCommandStack().execute(command);
		} catch (IllegalStateException builtOn) {
			MessageDialog.openInformation(getSite().getShell(), "Revert", builtOn.getMessage());
		}
	}

	/** The entries listed now (tests). */
	@SuppressWarnings("unchecked")
	public List<HistoryEntry> listed() {
		return table.getInput() instanceof List<?> list ? (List<HistoryEntry>) list : List.of();
	}

	public TableViewer viewer() {
		return table;
	}

	@Override
	public void setFocus() {
		table.getTable().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(editors);
		if (session != null) {
			session.removeListener(changes);
		}
		super.dispose();
	}
}
