package org.cjmstudio.diagram.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Calendar;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.util.Matrix;
import org.eclipse.draw2d.geometry.Dimension;

/**
 * Writes a map picture as a vector PDF: on one page the size of the map, or at print size cut into A4 or A3 pages,
 * each with a footer naming the map and where the page sits ("row 1, column 2"), so the pages can be taped together.
 */
final class PdfExport {

	/** A pixel on a 96 dpi screen is 0.75 points on paper: the map prints as large as it shows at 100 %. */
	static final float POINTS_PER_PIXEL = 0.75f;
	private static final float MARGIN = 24;
	private static final float FOOTER = 14;

	private PdfExport() {
	}

	/** Writes the PDF; returns how many pages it has. Must run in the picture's UI thread. */
	static int write(MapPicture picture, PdfPages pages, OutputStream out) throws IOException {
		Dimension size = picture.size();
		try (PDDocument document = new PDDocument()) {
			describe(document, picture.title());
			PdfFonts fonts = new PdfFonts(document);
			if (pages.paper() == null) {
				PDRectangle page = new PDRectangle(size.width * POINTS_PER_PIXEL + 2 * MARGIN,
						size.height * POINTS_PER_PIXEL + 2 * MARGIN);
				addPage(document, fonts, picture, page, new Box(0, 0, size.width, size.height), null);
			} else {
				PDRectangle paper = pages.paper();
				double tileWidth = (paper.getWidth() - 2 * MARGIN) / POINTS_PER_PIXEL;
				double tileHeight = (paper.getHeight() - 2 * MARGIN - FOOTER) / POINTS_PER_PIXEL;
				int columns = (int) Math.ceil(size.width / tileWidth);
				int rows = (int) Math.ceil(size.height / tileHeight);
				for (int row = 0; row < rows; row++) {
					for (int column = 0; column < columns; column++) {
						Box tile = new Box(column * tileWidth, row * tileHeight, tileWidth, tileHeight);
						String footer = (picture.title() == null ? "Journey map" : picture.title()) + " \u00b7 page "
								+ (row * columns + column + 1) + " of " + rows * columns + " \u00b7 row " + (row + 1)
								+ ", column " + (column + 1);
						addPage(document, fonts, picture, paper, tile, footer);
					}
				}
			}
			document.save(out);
			return document.getNumberOfPages();
		}
	}

	private static void describe(PDDocument document, String title) {
		PDDocumentInformation information = document.getDocumentInformation();
		if (title != null) {
			information.setTitle(title);
		}
		information.setCreator("CJM Studio");
		information.setCreationDate(Calendar.getInstance());
	}

	/** One page showing {@code tile} of the picture (in its pixels), and {@code footer} below it unless null. */
	private static void addPage(PDDocument document, PdfFonts fonts, MapPicture picture, PDRectangle paper, Box tile,
			String footer) throws IOException {
		PDPage page = new PDPage(paper);
		document.addPage(page);
		try (PDPageContentStream content = new PDPageContentStream(document, page)) {
			content.saveGraphicsState();
			// Picture pixels to paper: scaled, the tile's corner at the top left margin, the y axis turned downwards.
			content.transform(new Matrix(POINTS_PER_PIXEL, 0, 0, -POINTS_PER_PIXEL,
					(float) (MARGIN - tile.x() * POINTS_PER_PIXEL),
					(float) (paper.getHeight() - MARGIN + tile.y() * POINTS_PER_PIXEL)));
			PdfGraphics graphics = new PdfGraphics(document, content, fonts, tile, picture.display());
			try {
				picture.paint(graphics);
			} catch (UncheckedIOException e) {
				throw e.getCause();
			} finally {
				graphics.dispose();
			}
			content.restoreGraphicsState();
			if (footer != null) {
				PDFont font = fonts.of(picture.display().getSystemFont());
				content.beginText();
				content.setFont(font, 8);
				content.setNonStrokingColor(0.35f, 0.4f, 0.47f);
				content.newLineAtOffset(MARGIN, MARGIN / 2);
				content.showText(PdfFonts.printable(font, footer));
				content.endText();
			}
		}
	}
}
