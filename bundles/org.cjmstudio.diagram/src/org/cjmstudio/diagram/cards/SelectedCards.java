package org.cjmstudio.diagram.cards;

import java.util.ArrayList;
import java.util.List;

import org.cjmstudio.model.Card;
import org.eclipse.gef.EditPart;

/** The cards behind a diagram selection of edit parts (stages and the map left out). */
final class SelectedCards {

	private SelectedCards() {
	}

	static List<Card> of(List<?> selection) {
		List<Card> cards = new ArrayList<>();
		for (Object selected : selection) {
			if (selected instanceof EditPart part && part.getModel() instanceof Card card) {
				cards.add(card);
			}
		}
		return cards;
	}
}
