package org.cjmstudio.diagram.parts;

import java.util.List;

import org.cjmstudio.diagram.presence.Colleague;
import org.cjmstudio.diagram.presence.Colleagues;
import org.eclipse.gef.EditPart;

/** Reads from the viewer which colleagues have an edit part's element selected, where the editor keeps it current. */
final class PresenceAware {

	private PresenceAware() {
	}

	static List<Colleague> selecting(EditPart part) {
		Object colleagues = part.getViewer() == null ? null : part.getViewer().getProperty(Colleagues.VIEWER_PROPERTY);
		return colleagues instanceof Colleagues here ? here.selecting(part.getModel()) : List.of();
	}
}
