package org.cjmstudio.diagram.cards;

import java.util.List;

import org.cjmstudio.model.Card;
import org.cjmstudio.model.CjmPackage;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.graphics.RGB;

/**
 * How a team makes cards its own: a colour (to mark a theme, an owner, a workshop's hot spots) and an image (a
 * screenshot of the touchpoint). Each change is one undoable command on the map's command stack.
 */
public final class CardLooks {

	/** Sticky-note colours a workshop board uses, light enough for the card's text to stay readable. */
	public enum NoteColor {
		YELLOW("Yellow", "#fff3bf"), ORANGE("Orange", "#fde2c8"), RED("Red", "#ffd6d6"), GREEN("Green", "#d3f9d8"),
		BLUE("Blue", "#d0ebff"), PURPLE("Purple", "#e5dbff"), GREY("Grey", "#e9ecef");

		private final String label;
		private final String code;

		NoteColor(String label, String code) {
			this.label = label;
			this.code = code;
		}

		public String label() {
			return label;
		}

		public String code() {
			return code;
		}
	}

	private CardLooks() {
	}

	/** Gives every card {@code code} (#rrggbb), or the colour of its kind again for null. */
	public static Command color(EditingDomain domain, List<Card> cards, String code) {
		CompoundCommand all = new CompoundCommand(code == null ? "Remove Card Colour" : "Colour Card"
				+ (cards.size() == 1 ? "" : "s"));
		for (Card card : cards) {
			all.append(SetCommand.create(domain, card, CjmPackage.Literals.CARD__COLOR, code));
		}
		return all;
	}

	/** Shows {@code image} on the card (a path relative to the map, or an address), or no image for null. */
	public static Command image(EditingDomain domain, Card card, String image) {
		CompoundCommand set = new CompoundCommand(image == null ? "Remove Card Image" : "Attach Image to Card");
		set.append(SetCommand.create(domain, card, CjmPackage.Literals.CARD__IMAGE, image));
		return set;
	}

	/** #rrggbb for an RGB the user chose. */
	public static String code(RGB rgb) {
		return String.format("#%02x%02x%02x", rgb.red, rgb.green, rgb.blue);
	}

	/** The RGB of a stored #rrggbb, or null when there is none or it is not one. */
	public static RGB rgb(String code) {
		if (code == null || !code.matches("#[0-9a-fA-F]{6}")) {
			return null;
		}
		int value = Integer.parseInt(code.substring(1), 16);
		return new RGB(value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff);
	}
}
