package org.cjmstudio.diagram.parts;

import java.util.List;

import org.cjmstudio.diagram.problems.ProblemIndex;
import org.eclipse.gef.EditPart;

/** Reads the validation messages of an edit part's element from the viewer, where the editor keeps them current. */
final class ProblemAware {

	private ProblemAware() {
	}

	static List<String> messagesFor(EditPart part) {
		Object index = part.getViewer() == null ? null : part.getViewer().getProperty(ProblemIndex.VIEWER_PROPERTY);
		return index instanceof ProblemIndex problems ? problems.messagesFor(part.getModel()) : List.of();
	}
}
