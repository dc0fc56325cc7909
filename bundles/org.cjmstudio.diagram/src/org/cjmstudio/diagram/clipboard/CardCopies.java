package org.cjmstudio.diagram.clipboard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.cjmstudio.model.ids.ElementIds;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Copies of cards for the clipboard. A copy keeps its links to the rest of the map (the evidence a barrier cites, the
 * step an emotion is felt at) but not the ids of the originals: a pasted card is a new element and gets its own id
 * when it joins the map.
 */
final class CardCopies {

	private CardCopies() {
	}

	static List<EObject> of(Collection<? extends EObject> cards) {
		List<EObject> copies = new ArrayList<>(EcoreUtil.copyAll(cards));
		for (EObject copy : copies) {
			ElementIds.forgetIds(copy);
		}
		return copies;
	}
}
