package org.cjmstudio.diagram.parts;

import java.nio.file.Files;
import java.util.Objects;

import org.cjmstudio.diagram.figures.CardFigure;
import org.cjmstudio.model.Card;
import org.cjmstudio.persona.photo.PhotoLocation;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Display;

/**
 * The image a card shows, loaded once per path and scaled to fit the card; owned by the card's edit part, which
 * disposes it. Images come from files only: the map never fetches from the network while it is drawn, so a web
 * address shows as a note on the card.
 */
final class CardPicture {

	static final int MAX_WIDTH = CardFigure.WIDTH - 30;
	static final int MAX_HEIGHT = 120;

	private String shownPath;
	private Image image;
	private String problem;

	/** Shows {@code card}'s image on {@code figure}, loading it only when the path changed. */
	void show(Card card, CardFigure figure, Display display) {
		String path = card.getImage();
		if (!Objects.equals(path, shownPath)) {
			dispose();
			shownPath = path;
			load(card, display);
		}
		figure.setPicture(image, problem);
	}

	private void load(Card card, Display display) {
		PhotoLocation location = PhotoLocation.of(card.getImage(),
				card.eResource() == null ? null : card.eResource().getURI());
		switch (location) {
			case PhotoLocation.NotSet notSet -> problem = null;
			case PhotoLocation.Unusable unusable -> problem = "Image: " + unusable.reason();
			case PhotoLocation.WebAddress web -> problem = "Image at " + web.address().getHost() + " (not loaded)";
			case PhotoLocation.LocalFile local -> {
				if (!Files.isReadable(local.file())) {
					problem = "Image not found: " + local.file().getFileName();
					return;
				}
				try {
					image = new Image(display, scaled(new ImageData(local.file().toString())));
					problem = null;
				} catch (SWTException e) {
					problem = "Not an image: " + local.file().getFileName();
				}
			}
		}
	}

	/** Scaled down, keeping its proportions, to fit the card; a smaller image keeps its size. */
	private static ImageData scaled(ImageData data) {
		double factor = Math.min(1.0, Math.min(MAX_WIDTH / (double) data.width, MAX_HEIGHT / (double) data.height));
		return factor >= 1.0 ? data
				: data.scaledTo(Math.max(1, (int) (data.width * factor)), Math.max(1, (int) (data.height * factor)));
	}

	void dispose() {
		if (image != null) {
			image.dispose();
			image = null;
		}
		shownPath = null;
		problem = null;
	}
}
