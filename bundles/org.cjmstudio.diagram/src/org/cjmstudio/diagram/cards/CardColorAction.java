package org.cjmstudio.diagram.cards;

import java.util.List;

import org.cjmstudio.diagram.commands.EmfCommand;
import org.cjmstudio.model.Card;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.gef.ui.actions.SelectionAction;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.ColorDialog;
import org.eclipse.ui.IWorkbenchPart;

/**
 * One entry of the context menu's Card Colour submenu: a sticky-note colour, "Custom..." (the system colour chooser)
 * or "Kind's Colour" (no team colour), for every selected card at once.
 */
public final class CardColorAction extends SelectionAction {

	public static final String ID_PREFIX = "org.cjmstudio.diagram.cardColor.";
	public static final String CUSTOM_ID = ID_PREFIX + "custom";
	public static final String NONE_ID = ID_PREFIX + "none";

	private final EditingDomain domain;
	private final String code;

	private CardColorAction(IWorkbenchPart editor, EditingDomain domain, String id, String label, String code) {
		super(editor);
		this.domain = domain;
		this.code = code;
		setId(id);
		setText(label);
	}

	/** The actions of the submenu, in menu order. */
	public static List<CardColorAction> all(IWorkbenchPart editor, EditingDomain domain) {
		List<CardColorAction> actions = new java.util.ArrayList<>();
		for (CardLooks.NoteColor color : CardLooks.NoteColor.values()) {
			actions.add(new CardColorAction(editor, domain, ID_PREFIX + color.name().toLowerCase(), color.label(),
					color.code()));
		}
		actions.add(new CardColorAction(editor, domain, CUSTOM_ID, "&Custom...", null));
		actions.add(new CardColorAction(editor, domain, NONE_ID, "&Kind's Colour", null));
		return actions;
	}

	/** The ids of the submenu's actions, in menu order. */
	public static List<String> ids() {
		List<String> ids = new java.util.ArrayList<>();
		for (CardLooks.NoteColor color : CardLooks.NoteColor.values()) {
			ids.add(ID_PREFIX + color.name().toLowerCase());
		}
		ids.add(CUSTOM_ID);
		ids.add(NONE_ID);
		return ids;
	}

	@Override
	protected boolean calculateEnabled() {
		return !SelectedCards.of(getSelectedObjects()).isEmpty();
	}

	@Override
	public void run() {
		List<Card> cards = SelectedCards.of(getSelectedObjects());
		String chosen = code;
		if (CUSTOM_ID.equals(getId())) {
			ColorDialog dialog = new ColorDialog(getWorkbenchPart().getSite().getShell());
			RGB current = CardLooks.rgb(cards.get(0).getColor());
			if (current != null) {
				dialog.setRGB(current);
			}
			RGB rgb = dialog.open();
			if (rgb == null) {
				return;
			}
			chosen = CardLooks.code(rgb);
		}
		execute(new EmfCommand(CardLooks.color(domain, cards, chosen)));
	}
}
