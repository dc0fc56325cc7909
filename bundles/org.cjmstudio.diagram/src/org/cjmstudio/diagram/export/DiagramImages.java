package org.cjmstudio.diagram.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.cjmstudio.model.persistence.AtomicFileWriter;
import org.eclipse.draw2d.SWTGraphics;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;

/**
 * Pictures of a journey map diagram "as the screen shows it": the whole map at 100 %, whatever the editor's zoom
 * and scroll position, as PNG pixels, an SVG drawing or a PDF document; for people, with a header naming the map,
 * its personas and the date, and the warning triangles left out if wished ({@link ExportOptions}). Works on any viewer showing a map, the editor's or an
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
	 * Writes the map exactly as the editor shows it to {@code file}, in the format its extension names (.png, .svg or
	 * .pdf). The file is replaced atomically: an export that fails or is interrupted leaves the old file, or none,
	 * never half a picture.
	 */
	public static void export(GraphicalViewer viewer, Path file) throws IOException {
		export(viewer, file, ImageFormat.of(file), ExportOptions.AS_SHOWN);
	}

	/** Like {@link #export(GraphicalViewer, Path)}, for people: with a header, without warnings, on A4 pages... */
	public static void export(GraphicalViewer viewer, Path file, ExportOptions options) throws IOException {
		export(viewer, file, ImageFormat.of(file), options);
	}

	public static void export(GraphicalViewer viewer, Path file, ImageFormat format) throws IOException {
		export(viewer, file, format, ExportOptions.AS_SHOWN);
	}

	/** Writes {@code file}; returns how many pages it has (1 for PNG and SVG). */
	public static int export(GraphicalViewer viewer, Path file, ImageFormat format, ExportOptions options)
			throws IOException {
		try (MapPicture picture = MapPicture.of(viewer, options)) {
			switch (format) {
				case PNG -> {
					ImageData pixels = toImageData(picture);
					AtomicFileWriter.write(file, out -> writePng(pixels, out));
					return 1;
				}
				case SVG -> {
					AtomicFileWriter.write(file, out -> writeSvg(picture, out));
					return 1;
				}
				default -> {
					int[] pages = new int[1];
					AtomicFileWriter.write(file, out -> pages[0] = PdfExport.write(picture, options.pages(), out));
					return pages[0];
				}
			}
		}
	}

	/** The diagram's pixels on white, as the editor paints them at 100 %. */
	public static ImageData toImageData(GraphicalViewer viewer) {
		try (MapPicture picture = MapPicture.of(viewer, ExportOptions.AS_SHOWN)) {
			return toImageData(picture);
		}
	}

	private static ImageData toImageData(MapPicture picture) {
		Dimension size = picture.size();
		Image image = new Image(picture.display(), size.width, size.height);
		try {
			GC gc = new GC(image);
			try {
				SWTGraphics graphics = new SWTGraphics(gc);
				try {
					picture.paint(graphics);
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
		try (MapPicture picture = MapPicture.of(viewer, ExportOptions.AS_SHOWN)) {
			writeSvg(picture, out);
		}
	}

	private static void writeSvg(MapPicture picture, OutputStream out) throws IOException {
		Dimension size = picture.size();
		// Not closed: closing would close the caller's stream, which AtomicFileWriter still needs to force to disk.
		Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
		try {
			SvgGraphics graphics = new SvgGraphics(writer, size.width, size.height, picture.title(),
					picture.display());
			try {
				picture.paint(graphics);
				graphics.finish();
			} finally {
				graphics.dispose();
			}
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
	}
}
