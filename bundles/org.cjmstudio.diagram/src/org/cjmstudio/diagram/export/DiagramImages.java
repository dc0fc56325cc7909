package org.cjmstudio.diagram.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.persistence.AtomicFileWriter;
import org.eclipse.draw2d.SWTGraphics;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;

/**
 * Pictures of a journey map diagram "as the screen shows it": the whole map at 100 %, whatever the editor's zoom
 * and scroll position, as PNG pixels or as an SVG drawing. Works on any viewer showing a map, the editor's or an
 * {@link OffscreenDiagram}'s; must run in the viewer's UI thread.
 */
public final class DiagramImages {

	private DiagramImages() {
	}

	/** The part of the diagram a picture shows, at 100 %: its size is the picture's size. */
	public static Rectangle area(GraphicalViewer viewer) {
		return PrintableLayers.of(viewer).area();
	}

	/**
	 * Writes the picture to {@code file} in the format its extension names (.png or .svg). The file is replaced
	 * atomically: an export that fails or is interrupted leaves the old file, or none, never half a picture.
	 */
	public static void export(GraphicalViewer viewer, Path file) throws IOException {
		export(viewer, file, ImageFormat.of(file));
	}

	public static void export(GraphicalViewer viewer, Path file, ImageFormat format) throws IOException {
		if (format == ImageFormat.PNG) {
			ImageData pixels = toImageData(viewer);
			AtomicFileWriter.write(file, out -> writePng(pixels, out));
		} else {
			AtomicFileWriter.write(file, out -> writeSvg(viewer, out));
		}
	}

	/** The diagram's pixels on white, as the editor paints them at 100 %. */
	public static ImageData toImageData(GraphicalViewer viewer) {
		PrintableLayers layers = PrintableLayers.of(viewer);
		Rectangle area = layers.area();
		Image image = new Image(layers.control().getDisplay(), area.width, area.height);
		try {
			GC gc = new GC(image);
			try {
				SWTGraphics graphics = new SWTGraphics(gc);
				try {
					layers.paint(graphics, area);
				} finally {
					graphics.dispose();
				}
			} finally {
				gc.dispose();
			}
			return image.getImageData();
		} finally {
			image.dispose();
		}
	}

	public static void writePng(GraphicalViewer viewer, OutputStream out) throws IOException {
		writePng(toImageData(viewer), out);
	}

	private static void writePng(ImageData pixels, OutputStream out) throws IOException {
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { pixels };
		try {
			loader.save(out, SWT.IMAGE_PNG);
		} catch (org.eclipse.swt.SWTException e) {
			// SWT reports a failing stream as an SWTException; callers expect what the stream threw.
			if (e.throwable instanceof IOException cause) {
				throw cause;
			}
			throw e;
		}
	}

	/** Writes the diagram as a standalone SVG 1.1 document (UTF-8), titled with the map's title. */
	public static void writeSvg(GraphicalViewer viewer, OutputStream out) throws IOException {
		PrintableLayers layers = PrintableLayers.of(viewer);
		Rectangle area = layers.area();
		// Not closed: closing would close the caller's stream, which AtomicFileWriter still needs to force to disk.
		Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
		try {
			SvgGraphics graphics = new SvgGraphics(writer, area.width, area.height, titleOf(viewer),
					layers.control().getDisplay());
			try {
				layers.paint(graphics, area);
				graphics.finish();
			} finally {
				graphics.dispose();
			}
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
	}

	private static String titleOf(GraphicalViewer viewer) {
		EditPart contents = viewer.getContents();
		return contents != null && contents.getModel() instanceof JourneyMap map ? map.getTitle() : null;
	}
}
