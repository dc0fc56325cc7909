package org.cjmstudio.diagram.editor;

import org.cjmstudio.model.JourneyMap;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.PartInitException;

/**
 * An editor input for a map that lives elsewhere than in a {@code .cjm} file, such as a team map: the input holds the
 * map and keeps every change itself as soon as it is made, so the editor has nothing to save and is never dirty.
 * The editor puts the map into a resource of its own editing domain and hands the input that domain's command
 * stack. Defined here, not in the collaboration bundles, so the editor does not depend on them.
 */
public interface LiveMapInput extends IEditorInput {

	/**
	 * Gets the map ready before the editor asks for it, e.g. an input restored after a restart of the workbench opens
	 * it from where it is kept. Called once, on the UI thread.
	 *
	 * @throws PartInitException saying why the map cannot be opened (the editor shows the message)
	 */
	default void open() throws PartInitException {
	}

	/** The map to edit (the same object for the input's whole life, once {@link #open()} returned). */
	JourneyMap map();

	/**
	 * The map is in the editor's resource: from now on every command on {@code commandStack} is the input's to keep.
	 * {@code changedElsewhere} is to be run on the UI thread after changes that did not come through the command
	 * stack (someone else's), so the editor validates and redraws what depends on the whole map.
	 */
	void start(CommandStack commandStack, Runnable changedElsewhere);

	/** Who edits the map here: the name their comments are signed with (their user on the team repository). */
	default String userName() {
		return System.getProperty("user.name");
	}

	/**
	 * The editor shows the map (called once, on the UI thread): the input may follow the editor's selection and show
	 * who else has the map open ({@link JourneyMapEditor#showColleagues}).
	 */
	default void shown(JourneyMapEditor editor) {
	}

	/** The editor closes. */
	void stop();
}
