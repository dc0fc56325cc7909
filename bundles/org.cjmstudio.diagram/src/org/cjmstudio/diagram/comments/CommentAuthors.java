package org.cjmstudio.diagram.comments;

import org.cjmstudio.diagram.editor.LiveMapInput;
import org.eclipse.ui.IEditorInput;

/**
 * Whose name a new comment carries: on a team map the user signed in to the repository (what the History view shows
 * too), on a map file the computer's user, the only name CJM Studio knows there.
 */
public final class CommentAuthors {

	private CommentAuthors() {
	}

	public static String of(IEditorInput input) {
		String name = input instanceof LiveMapInput live ? live.userName() : System.getProperty("user.name");
		return name == null || name.isBlank() ? "me" : name;
	}
}
