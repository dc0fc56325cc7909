package org.cjmstudio.diagram.cards;

import java.nio.file.Path;
import java.util.List;

import org.cjmstudio.diagram.commands.EmfCommand;
import org.cjmstudio.model.Card;
import org.cjmstudio.persona.photo.PhotoLocation;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.gef.ui.actions.SelectionAction;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchPart;

/**
 * "Attach Image..." and "Remove Image" on one selected card. An image inside the map's folder is stored relative to
 * the map, so the map and its images can be moved or shared together.
 */
public final class CardImageAction extends SelectionAction {

	public static final String ATTACH_ID = "org.cjmstudio.diagram.attachCardImage";
	public static final String REMOVE_ID = "org.cjmstudio.diagram.removeCardImage";

	private final EditingDomain domain;
	private final boolean attach;

	private CardImageAction(IWorkbenchPart editor, EditingDomain domain, boolean attach) {
		super(editor);
		this.domain = domain;
		this.attach = attach;
		setId(attach ? ATTACH_ID : REMOVE_ID);
		setText(attach ? "Attach &Image..." : "Remove I&mage");
		setToolTipText(attach ? "Show a picture on the card, e.g. a screenshot of the touchpoint"
				: "Show the card without its picture");
	}

	public static CardImageAction attach(IWorkbenchPart editor, EditingDomain domain) {
		return new CardImageAction(editor, domain, true);
	}

	public static CardImageAction remove(IWorkbenchPart editor, EditingDomain domain) {
		return new CardImageAction(editor, domain, false);
	}

	@Override
	protected boolean calculateEnabled() {
		Card card = selectedCard();
		return card != null && (attach || card.getImage() != null);
	}

	@Override
	public void run() {
		Card card = selectedCard();
		if (!attach) {
			execute(new EmfCommand(CardLooks.image(domain, card, null)));
			return;
		}
		FileDialog dialog = new FileDialog(getWorkbenchPart().getSite().getShell(), SWT.OPEN);
		dialog.setText("Attach Image to Card");
		dialog.setFilterExtensions(new String[] { "*.png;*.jpg;*.jpeg;*.gif", "*.*" });
		dialog.setFilterNames(new String[] { "Images (PNG, JPEG, GIF)", "All files" });
		Path folder = PhotoLocation.folderOf(card.eResource() == null ? null : card.eResource().getURI());
		if (folder != null) {
			dialog.setFilterPath(folder.toString());
		}
		String chosen = dialog.open();
		if (chosen != null) {
			String stored = PhotoLocation.toStore(Path.of(chosen), card.eResource().getURI());
			execute(new EmfCommand(CardLooks.image(domain, card, stored)));
		}
	}

	private Card selectedCard() {
		List<Card> cards = SelectedCards.of(getSelectedObjects());
		return cards.size() == 1 ? cards.get(0) : null;
	}
}
