package org.cjmstudio.persona.photo;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Display;

/**
 * Reads persona photos and makes the images the portrait shows: the photo fitted into a square box, or a neutral
 * silhouette when there is no photo to show. A missing file is a {@link NoSuchFileException}; any other read problem
 * is an {@link IOException} whose message can be shown to the user as it is.
 */
final class PhotoImages {

	/** Width and height of the photo box, in points. */
	static final int BOX = 160;

	private PhotoImages() {
	}

	static ImageData readFile(Path file) throws IOException {
		if (!Files.isRegularFile(file)) {
			throw new NoSuchFileException(file.toString());
		}
		try (InputStream in = Files.newInputStream(file)) {
			return decode(in, file.getFileName().toString());
		}
	}

	static ImageData readWeb(java.net.URI address) throws IOException {
		URLConnection connection = address.toURL().openConnection();
		// A slow server must not keep a stale "Loading..." forever; the read runs in a job, never on the UI thread.
		connection.setConnectTimeout(10_000);
		connection.setReadTimeout(20_000);
		try (InputStream in = connection.getInputStream()) {
			return decode(in, address.toString());
		}
	}

	private static ImageData decode(InputStream in, String name) throws IOException {
		try {
			return new ImageData(in);
		} catch (SWTException notAnImage) {
			throw new IOException("'" + name + "' is not a picture CJM Studio can show; use a PNG, JPEG, GIF or BMP"
					+ " file.", notAnImage);
		}
	}

	/** The photo scaled down, keeping its proportions, to fit the box; smaller photos keep their size. */
	static Image fitted(Display display, ImageData photo) {
		double scale = Math.min(1.0, Math.min((double) BOX / photo.width, (double) BOX / photo.height));
		Image original = new Image(display, photo);
		if (scale >= 1.0) {
			return original;
		}
		int width = Math.max(1, (int) Math.round(photo.width * scale));
		int height = Math.max(1, (int) Math.round(photo.height * scale));
		Image fitted = new Image(display, width, height);
		GC gc = new GC(fitted);
		try {
			gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
			gc.fillRectangle(0, 0, width, height);
			gc.setAntialias(SWT.ON);
			gc.setInterpolation(SWT.HIGH);
			gc.drawImage(original, 0, 0, photo.width, photo.height, 0, 0, width, height);
		} finally {
			gc.dispose();
			original.dispose();
		}
		return fitted;
	}

	/** A grey head-and-shoulders silhouette the size of the box, the usual sign for "no photo". */
	static Image placeholder(Display display) {
		Image image = new Image(display, BOX, BOX);
		GC gc = new GC(image);
		try {
			gc.setAntialias(SWT.ON);
			gc.setBackground(display.getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW));
			gc.fillRectangle(0, 0, BOX, BOX);
			gc.setBackground(display.getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
			gc.fillOval(BOX / 2 - 30, 28, 60, 60);
			gc.fillOval(BOX / 2 - 55, 100, 110, 110);
		} finally {
			gc.dispose();
		}
		return image;
	}
}
