package org.cjmstudio.collab.ui.live;

import java.io.IOException;
import java.util.concurrent.Executor;

import org.cjmstudio.collab.client.RepositoryClient;
import org.cjmstudio.collab.client.RepositoryException;
import org.cjmstudio.collab.sync.MapSession;
import org.cjmstudio.collab.ui.conflicts.ConflictDialogResolver;
import org.cjmstudio.collab.ui.connection.TeamRepository;
import org.cjmstudio.diagram.editor.JourneyMapEditor;
import org.cjmstudio.model.JourneyMap;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

/**
 * Opens team maps live in the journey map editor: from the repository (or, offline, from the copy in the workspace)
 * or by sharing a local map. The network part runs in a job; the session's model thread is the UI thread, so the
 * editor's commands and the others' changes never run at the same time.
 */
public final class TeamMaps {

	/** What the job does to get a session: open a team map, or share a local one. */
	@FunctionalInterface
	private interface SessionSource {
		MapSession open(Executor uiThread, ConflictDialogResolver resolver) throws RepositoryException, IOException;
	}

	private TeamMaps() {
	}

	/** Opens {@code mapId} in an editor, or brings its editor to the front if it is open already. */
	public static Job open(IWorkbenchPage page, RepositoryClient client, String mapId, String title) {
		IEditorPart open = editorOf(page, client, mapId);
		if (open != null) {
			page.activate(open);
			return null;
		}
		return run(page, "Opening the team map '" + title + "'", "Could not open the team map '" + title + "'",
				(uiThread, resolver) -> MapSession.open(client, mapId, LocalStores.of(client, mapId), uiThread,
						resolver));
	}

	/**
	 * Uploads {@code local} (a map read from its file, not the editor's) as a new team map and opens that live. The
	 * file stays as it is.
	 */
	public static Job share(IWorkbenchPage page, RepositoryClient client, JourneyMap local) {
		String title = local.getTitle();
		return run(page, "Sharing the map '" + title + "'", "Could not share the map '" + title + "'",
				(uiThread, resolver) -> {
					MapSession session = MapSession.share(client, local, LocalStores.of(client, local.getId()),
							uiThread, resolver);
					TeamRepository.workbench().changed();
					return session;
				});
	}

	/** The editor that has the team map open, or null. */
	public static IEditorPart editorOf(IWorkbenchPage page, RepositoryClient client, String mapId) {
		for (IEditorReference reference : page.getEditorReferences()) {
			try {
				if (reference.getEditorInput() instanceof TeamMapInput input && input.isMap(client, mapId)) {
					return reference.getEditor(true);
				}
			} catch (PartInitException notRestorable) {
				// an editor whose input the workbench could not bring back after a restart: not this map's
			}
		}
		return null;
	}

	private static Job run(IWorkbenchPage page, String name, String failureTitle, SessionSource source) {
		Display display = page.getWorkbenchWindow().getShell().getDisplay();
		Job job = Job.create(name, (IProgressMonitor monitor) -> {
			MapSession session;
			ConflictDialogResolver resolver = new ConflictDialogResolver(page.getWorkbenchWindow());
			try {
				session = source.open(display::asyncExec, resolver);
				resolver.namesFrom(session.map());
			} catch (RepositoryException | IOException e) {
				display.asyncExec(() -> MessageDialog.openError(page.getWorkbenchWindow().getShell(), failureTitle,
						e.getMessage()));
				// the user has been told; a job's error status would show a second dialog
				ILog.of(TeamMaps.class).warn(failureTitle + ": " + e.getMessage(), e);
				return Status.OK_STATUS;
			}
			display.asyncExec(() -> show(page, session, display));
			return Status.OK_STATUS;
		});
		job.setUser(false);
		job.schedule();
		return job;
	}

	private static void show(IWorkbenchPage page, MapSession session, Display display) {
		TeamMapInput input = new TeamMapInput(session, display);
		try {
			IEditorPart editor = page.openEditor(input, JourneyMapEditor.ID);
			if (editor.getEditorInput() != input) {
				session.close(); // the map was open already (opened twice quickly)
			}
		} catch (PartInitException e) {
			session.close();
			MessageDialog.openError(page.getWorkbenchWindow().getShell(), "Could not open the team map",
					e.getMessage());
		}
	}
}
