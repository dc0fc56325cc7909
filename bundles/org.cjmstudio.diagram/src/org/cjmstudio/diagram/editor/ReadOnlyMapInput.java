package org.cjmstudio.diagram.editor;

import org.cjmstudio.model.JourneyMap;
import org.eclipse.ui.IEditorInput;

/**
 * An editor input for a map that is shown but must not change, such as a team map as it was at an earlier version:
 * the editor refuses every command (the diagram's, the Properties view's, the Outline's), has nothing to save, and
 * its title says it is read-only. Defined here, not in the collaboration bundles, so the editor does not depend on
 * them.
 */
public interface ReadOnlyMapInput extends IEditorInput {

	/** The map to show (the same object for the input's whole life). */
	JourneyMap map();

	/** Why nothing can be changed, for the status line when someone tries, e.g. "Version 3 is history: ...". */
	String whyReadOnly();
}
