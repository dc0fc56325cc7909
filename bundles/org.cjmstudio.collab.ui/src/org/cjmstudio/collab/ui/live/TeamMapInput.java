package org.cjmstudio.collab.ui.live;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.cjmstudio.collab.client.Presence;
import org.cjmstudio.collab.client.RepositoryAddress;
import org.cjmstudio.collab.client.RepositoryClient;
import org.cjmstudio.collab.sync.MapSession;
import org.cjmstudio.collab.sync.SessionListener;
import org.cjmstudio.collab.sync.SyncStatus;
import org.cjmstudio.diagram.editor.JourneyMapEditor;
import org.cjmstudio.diagram.editor.LiveMapInput;
import org.cjmstudio.diagram.presence.Colleague;
import org.cjmstudio.model.Identifiable;
import org.cjmstudio.model.JourneyMap;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/**
 * A team map open in the journey map editor: the editor edits the session's map; every command becomes a patch the
 * session keeps in the workspace and sends; the others' changes reach the map on the UI thread, outside the command
 * stack, and the editor redraws. Who else has the map open, and what they selected, shows in the status line and on
 * the cards. Two inputs are equal when they are the same map of the same repository and user, so
 * a map opens in one editor only.
 * <p>
 * The workbench keeps it when it closes ({@link TeamMapInputFactory}): the restored input opens its session only when
 * the editor is first shown, from the map's copy in the workspace (so it opens offline too), and says why when it
 * cannot.
 */
public final class TeamMapInput implements LiveMapInput, IPersistableElement {

	/** How a restored input gets its session when the editor first needs the map. */
	@FunctionalInterface
	interface SessionOpener {
		MapSession open() throws PartInitException;
	}

	private final RepositoryAddress address;
	private final String user;
	private final String mapId;
	private final String restoredTitle;
	private final SessionOpener opener;
	private MapSession session;
	private final Display display;
	private volatile Runnable statusListener = () -> {
	};
	/** Who else has the map open, as the server last said (without me). */
	private volatile List<Presence> others = List.of();
	/** The editor that shows the map, once it does. */
	private JourneyMapEditor editor;

	TeamMapInput(MapSession session, Display display) {
		this(session.client().address(), session.client().user(), session.mapId(), null, () -> session, display);
		this.session = session;
	}

	private TeamMapInput(RepositoryAddress address, String user, String mapId, String title, SessionOpener opener,
			Display display) {
		this.address = address;
		this.user = user;
		this.mapId = mapId;
		this.restoredTitle = title;
		this.opener = opener;
		this.display = display;
	}

	/** The input of a team map the workbench had open when it closed; nothing is opened until the editor asks. */
	static TeamMapInput restored(RepositoryAddress address, String user, String mapId, String title,
			SessionOpener opener, Display display) {
		return new TeamMapInput(address, user, mapId, title, opener, display);
	}

	/** The map's session; null until the editor opened it. */
	public MapSession session() {
		return session;
	}

	@Override
	public void open() throws PartInitException {
		if (session == null) {
			session = opener.open();
		}
	}

	@Override
	public JourneyMap map() {
		return session.map();
	}

	@Override
	public void start(CommandStack commandStack, Runnable changedElsewhere) {
		session.addListener(new SessionListener() {
			@Override
			public void statusChanged(SyncStatus status) {
				statusListener.run();
			}

			@Override
			public void presenceChanged(List<Presence> now) {
				others = List.copyOf(now);
				display.asyncExec(TeamMapInput.this::showPresence);
			}

			@Override
			public void remoteChangesApplied(Collection<EObject> touched) {
				changedElsewhere.run();
				statusListener.run(); // the version moved, which the status itself does not carry
			}

			@Override
			public void changeRefused(String summary, String reason) {
				String message = "The team repository refused your change '" + summary + "': " + reason
						+ "\n\nThe change has been taken back out of the map; your other changes are kept.";
				ILog.of(TeamMapInput.class).warn(message);
				display.asyncExec(() -> MessageDialog.openWarning(PlatformUI.getWorkbench().getModalDialogShellProvider()
						.getShell(), "Change Refused", message));
			}
		});
		session.start(commandStack);
	}

	/**
	 * The editor shows the map: its status line says where the map stands and who else is here, the others see what
	 * is selected in it, and it outlines what they have selected.
	 */
	@Override
	public void shown(JourneyMapEditor mapEditor) {
		editor = mapEditor;
		TeamStatusLine.track(mapEditor, this);
		GraphicalViewer viewer = mapEditor.getGraphicalViewer();
		viewer.addSelectionChangedListener(event -> session.select(selectedId(event.getSelection())));
		session.select(selectedId(viewer.getSelection()));
		showPresence();
	}

	/** The id of the element selected in the diagram (the primary one of several), or null. */
	private static String selectedId(ISelection selection) {
		if (selection instanceof IStructuredSelection structured && !structured.isEmpty()
				&& structured.toList().get(structured.size() - 1) instanceof EditPart part
				&& part.getModel() instanceof Identifiable element && element.getId() != null) {
			try {
				return UUID.fromString(element.getId()).toString(); // the repository knows elements by UUID only
			} catch (IllegalArgumentException notAUuid) {
				return null;
			}
		}
		return null;
	}

	private void showPresence() {
		if (editor != null && editor.getGraphicalViewer() != null
				&& !editor.getGraphicalViewer().getControl().isDisposed()) {
			editor.showColleagues(others.stream().map(other -> new Colleague(other.user(), other.selection()))
					.toList());
			statusListener.run();
		}
	}

	/** Who else has the map open, e.g. "Also here: omar", or "" when nobody else. */
	public String presenceText() {
		List<Presence> now = others;
		return now.isEmpty() ? "" : "Also here: " + String.join(", ", now.stream().map(Presence::user).toList());
	}

	@Override
	public String userName() {
		return user;
	}

	@Override
	public void stop() {
		if (session != null) {
			session.close();
		}
	}

	/** Runs (on any thread) whenever the session's status changes. */
	void onStatusChange(Runnable listener) {
		statusListener = listener;
	}

	/** What the status line says, e.g. "Team: connected · v12". */
	public String statusText() {
		return TeamStatusText.of(session.status(), session.version());
	}

	@Override
	public boolean exists() {
		return true; // reopened after a restart, from the workspace's copy or the repository
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return ResourceLocator.imageDescriptorFromBundle("org.cjmstudio.diagram", "icons/journeymap16.png")
				.orElse(null);
	}

	@Override
	public String getName() {
		String title = session != null ? session.map().getTitle() : restoredTitle;
		return title == null || title.isBlank() ? "Team map" : title;
	}

	@Override
	public IPersistableElement getPersistable() {
		return this;
	}

	@Override
	public String getFactoryId() {
		return TeamMapInputFactory.ID;
	}

	@Override
	public void saveState(IMemento memento) {
		TeamMapInputFactory.save(memento, address, user, mapId, getName());
	}

	@Override
	public String getToolTipText() {
		return "Team map '" + getName() + "' on " + address + " (as " + user + ")";
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	boolean isMap(RepositoryClient client, String otherMapId) {
		return isMap(client.address(), client.user(), otherMapId);
	}

	private boolean isMap(RepositoryAddress otherAddress, String otherUser, String otherMapId) {
		return mapId.equals(otherMapId) && address.equals(otherAddress) && user.equals(otherUser);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof TeamMapInput input && input.isMap(address, user, mapId);
	}

	@Override
	public int hashCode() {
		return Objects.hash(mapId, address, user);
	}
}
