package org.cjmstudio.diagram.export;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * How a PDF puts a map on paper: one page exactly the size of the map (for the screen, or a plotter), or the map at
 * print size (a pixel is 0.75 pt, as on a 96 dpi screen) cut into landscape A4 or A3 pages to tape together.
 */
public enum PdfPages {

	ONE_PAGE("One page, the size of the map", null),
	A4("A4 pages (landscape), to tape together", new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth())),
	A3("A3 pages (landscape), to tape together", new PDRectangle(PDRectangle.A3.getHeight(), PDRectangle.A3.getWidth()));

	private final String label;
	private final PDRectangle paper;

	PdfPages(String label, PDRectangle paper) {
		this.label = label;
		this.paper = paper;
	}

	/** How the choice reads in the export dialog. */
	public String label() {
		return label;
	}

	/** The paper size in points, landscape; null for one page the size of the map. */
	PDRectangle paper() {
		return paper;
	}
}
