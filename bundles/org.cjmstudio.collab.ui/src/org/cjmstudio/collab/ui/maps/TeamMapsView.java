package org.cjmstudio.collab.ui.maps;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.cjmstudio.collab.client.RepositoryClient;
import org.cjmstudio.collab.client.RepositoryException;
import org.cjmstudio.collab.client.TeamMapInfo;
import org.cjmstudio.collab.ui.connection.ConnectDialog;
import org.cjmstudio.collab.ui.connection.TeamRepository;
import org.cjmstudio.collab.ui.live.TeamMaps;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.part.ViewPart;

/**
 * The maps of the team repository this workbench is connected to: title, version, owner and whether I may edit it.
 * Refresh asks the server again (in the background); a double click opens the map live in the journey map editor.
 * Above the table one line says where the list comes from, or what is wrong (not connected, server unreachable);
 * while the server is unreachable the view asks again every few seconds, so the list comes back with the server.
 */
public final class TeamMapsView extends ViewPart {

	public static final String ID = "org.cjmstudio.collab.ui.teamMapsView";

	/**
	 * While the server does not answer, the view asks again this often: nothing else would tell it the server is
	 * back when no team map is open, and the list stayed "unreachable" until the user pressed Refresh.
	 */
	static final int RETRY_MILLIS = 5_000;

	private Label where;
	private TableViewer table;
	private final Runnable connectionChanged = () -> {
		if (where != null && !where.isDisposed()) {
			where.getDisplay().asyncExec(this::refresh);
		}
	};
	private Job refreshing;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
		where = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).indent(4, 2).applyTo(where);
		table = new TableViewer(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		Table control = table.getTable();
		control.setHeaderVisible(true);
		control.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(control);
		column("Title", 180, TeamMapInfo::title);
		column("Version", 60, info -> "v" + info.version());
		column("Owner", 80, TeamMapInfo::owner);
		column("Access", 80, info -> info.canWrite() ? "can edit" : "read only");
		table.setContentProvider(ArrayContentProvider.getInstance());
		table.addDoubleClickListener(event -> open());
		getSite().setSelectionProvider(table);

		Action refresh = new Action("Refresh") {
			@Override
			public void run() {
				refresh();
			}
		};
		refresh.setToolTipText("List the team repository's maps again");
		Action connect = new Action("Connect...") {
			@Override
			public void run() {
				new ConnectDialog(getSite().getShell()).open();
			}
		};
		connect.setToolTipText("Connect to another team repository or as another user");
		getViewSite().getActionBars().getToolBarManager().add(refresh);
		getViewSite().getActionBars().getToolBarManager().add(connect);
		TeamRepository.workbench().addListener(connectionChanged);
		refresh();
	}

	private void column(String title, int width, Function<TeamMapInfo, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((TeamMapInfo) element);
			}
		});
	}

	/** Lists the server's maps again, in the background. */
	public void refresh() {
		Optional<RepositoryClient> client = TeamRepository.workbench().client();
		if (client.isEmpty()) {
			show("Not connected. File > Connect to Team Repository... (or Connect... above) to see the team's maps.",
					List.of());
			return;
		}
		RepositoryClient connection = client.get();
		where.setText("Asking " + connection.address() + "...");
		if (refreshing != null) {
			refreshing.cancel();
		}
		refreshing = Job.create("Listing the team maps", monitor -> {
			String text;
			List<TeamMapInfo> maps;
			boolean unreachable = false;
			try {
				maps = connection.maps();
				text = connection.address() + " as " + connection.user() + ": " + maps.size()
						+ (maps.size() == 1 ? " map" : " maps");
			} catch (RepositoryException e) {
				maps = List.of();
				text = e.getMessage();
				unreachable = e.reason() == RepositoryException.Reason.UNREACHABLE;
			}
			String line = text;
			List<TeamMapInfo> listed = maps;
			boolean askAgain = unreachable;
			if (!where.isDisposed()) {
				where.getDisplay().asyncExec(() -> {
					show(line, listed);
					if (askAgain && !where.isDisposed()) {
						where.getDisplay().timerExec(RETRY_MILLIS, this::askAgainIfStillUnreachable);
					}
				});
			}
			return Status.OK_STATUS;
		});
		refreshing.setSystem(true);
		refreshing.schedule();
	}

	/** Asks the server again unless the view is gone or a refresh since (a new connection, the user) is under way. */
	private void askAgainIfStillUnreachable() {
		if (!where.isDisposed() && (refreshing == null || refreshing.getState() == Job.NONE)) {
			refresh();
		}
	}

	private void show(String line, List<TeamMapInfo> maps) {
		if (where.isDisposed()) {
			return;
		}
		where.setText(line);
		table.setInput(maps);
		where.getParent().layout(true);
	}

	/** What the header line says now (tests). */
	public String statusLine() {
		return where.getText();
	}

	/** The maps the table lists now (tests). */
	@SuppressWarnings("unchecked")
	public List<TeamMapInfo> listed() {
		Object input = table.getInput();
		return input instanceof List<?> list ? (List<TeamMapInfo>) list : List.of();
	}

	/** Opens the selected map live. */
	public void open() {
		IStructuredSelection selection = table.getStructuredSelection();
		Optional<RepositoryClient> client = TeamRepository.workbench().client();
		if (selection.getFirstElement() instanceof TeamMapInfo info && client.isPresent()) {
			TeamMaps.open(getSite().getPage(), client.get(), info.id(), info.title());
		}
	}

	/** The table (tests select and double-click in it). */
	public TableViewer viewer() {
		return table;
	}

	@Override
	public void setFocus() {
		table.getTable().setFocus();
	}

	@Override
	public void dispose() {
		TeamRepository.workbench().removeListener(connectionChanged);
		super.dispose();
	}
}
