package org.cjmstudio.collab.ui.live;

import java.util.Collection;
import java.util.Objects;

import org.cjmstudio.collab.client.RepositoryClient;
import org.cjmstudio.collab.sync.MapSession;
import org.cjmstudio.collab.sync.SessionListener;
import org.cjmstudio.collab.sync.SyncStatus;
import org.cjmstudio.diagram.editor.LiveMapInput;
import org.cjmstudio.model.JourneyMap;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.PlatformUI;

/**
 * A team map open in the journey map editor: the editor edits the session's map; every command becomes a patch the
 * session keeps in the workspace and sends; the others' changes reach the map on the UI thread, outside the command
 * stack, and the editor redraws. Two inputs are equal when they are the same map of the same repository and user, so
 * a map opens in one editor only.
 */
public final class TeamMapInput implements LiveMapInput {

	private final MapSession session;
	private final Display display;
	private volatile Runnable statusListener = () -> {
	};

	TeamMapInput(MapSession session, Display display) {
		this.session = session;
		this.display = display;
	}

	public MapSession session() {
		return session;
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

	@Override
	public String userName() {
		return session.client().user();
	}

	@Override
	public void stop() {
		session.close();
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
		return false; // not offered again after a restart: the session needs a connection first
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return ResourceLocator.imageDescriptorFromBundle("org.cjmstudio.diagram", "icons/journeymap16.png")
				.orElse(null);
	}

	@Override
	public String getName() {
		return session.map().getTitle() == null || session.map().getTitle().isBlank() ? "Team map"
				: session.map().getTitle();
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		RepositoryClient client = session.client();
		return "Team map '" + getName() + "' on " + client.address() + " (as " + client.user() + ")";
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	boolean isMap(RepositoryClient client, String mapId) {
		return session.mapId().equals(mapId) && session.client().address().equals(client.address())
				&& session.client().user().equals(client.user());
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof TeamMapInput input && input.isMap(session.client(), session.mapId());
	}

	@Override
	public int hashCode() {
		return Objects.hash(session.mapId(), session.client().address(), session.client().user());
	}
}
