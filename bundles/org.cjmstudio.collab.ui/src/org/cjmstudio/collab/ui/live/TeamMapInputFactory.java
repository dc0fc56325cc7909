package org.cjmstudio.collab.ui.live;

import java.io.IOException;
import java.util.Optional;

import org.cjmstudio.collab.client.RepositoryAddress;
import org.cjmstudio.collab.client.RepositoryClient;
import org.cjmstudio.collab.client.RepositoryException;
import org.cjmstudio.collab.sync.LocalMapStore;
import org.cjmstudio.collab.sync.MapSession;
import org.cjmstudio.collab.ui.conflicts.ConflictDialogResolver;
import org.cjmstudio.collab.ui.connection.TeamCredentials;
import org.cjmstudio.collab.ui.connection.TeamRepository;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/**
 * Brings back the team maps' editors after a restart of the workbench. The workbench keeps where the map is (address,
 * user, map id) and its title; when the editor is first shown, the map opens from its copy in the workspace with the
 * changes still waiting there, so it opens offline too, and syncs with the password kept in the secure storage. When it
 * cannot open, the editor says why: no password kept, or no copy here and the repository does not answer.
 */
public final class TeamMapInputFactory implements IElementFactory {

	/** The id in plugin.xml. */
	public static final String ID = "org.cjmstudio.collab.ui.teamMapInput";

	private static final String ADDRESS = "address";
	private static final String USER = "user";
	private static final String MAP = "map";
	private static final String TITLE = "title";

	static void save(IMemento memento, RepositoryAddress address, String user, String mapId, String title) {
		memento.putString(ADDRESS, address.toString());
		memento.putString(USER, user);
		memento.putString(MAP, mapId);
		memento.putString(TITLE, title);
	}

	@Override
	public IAdaptable createElement(IMemento memento) {
		String user = memento.getString(USER);
		String mapId = memento.getString(MAP);
		String title = Optional.ofNullable(memento.getString(TITLE)).orElse("Team map");
		RepositoryAddress address;
		try {
			address = RepositoryAddress.parse(memento.getString(ADDRESS));
		} catch (IllegalArgumentException damaged) {
			return null; // not what save wrote: the workbench drops the editor
		}
		if (user == null || mapId == null) {
			return null;
		}
		Display display = PlatformUI.getWorkbench().getDisplay();
		return TeamMapInput.restored(address, user, mapId, title, () -> open(address, user, mapId, title, display),
				display);
	}

	private static MapSession open(RepositoryAddress address, String user, String mapId, String title,
			Display display) throws PartInitException {
		RepositoryClient client = TeamRepository.workbench().client()
				.filter(connected -> connected.address().equals(address) && connected.user().equals(user))
				.or(() -> TeamCredentials.client(address, user))
				.orElseThrow(() -> new PartInitException("The team map '" + title + "' cannot be reopened: no "
						+ "password is kept for '" + user + "' at " + address + ". Connect with File > Connect to Team "
						+ "Repository..., then open the map from the Team Maps view."));
		LocalMapStore store = LocalStores.of(client, mapId);
		boolean local = store.exists();
		ConflictDialogResolver resolver = new ConflictDialogResolver(
				() -> PlatformUI.getWorkbench().getModalDialogShellProvider().getShell());
		try {
			MapSession session = MapSession.open(client, mapId, store, display::asyncExec, resolver);
			resolver.namesFrom(session.map());
			return session;
		} catch (RepositoryException e) {
			String why = e.reason() == RepositoryException.Reason.UNREACHABLE ? "the team repository at " + address
					+ " does not answer. Open it from the Team Maps view when the server is back."
					: "the team repository did not give it. " + e.getMessage();
			throw new PartInitException("The team map '" + title + "' cannot be reopened: this workspace has no copy of "
					+ "it, and " + why, e);
		} catch (IOException e) {
			throw new PartInitException("The team map '" + title + "' cannot be reopened" + (local
					? " from its copy in the workspace (" + store.folder() + ")" : "") + ": " + e.getMessage(), e);
		}
	}
}
