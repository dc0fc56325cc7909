package org.cjmstudio.diagram.export;

/**
 * How a map is exported for the people who read it: whether a header band names the map, its personas (with the
 * colours of their curves) and the export date; whether cards keep their warning triangles; and how a PDF is laid
 * out on paper.
 *
 * @param header title, persona legend and date above the map
 * @param warnings the warning triangles validation puts on cards
 * @param pages one page the size of the map, or the map cut into A4 or A3 pages
 */
public record ExportOptions(boolean header, boolean warnings, PdfPages pages) {

	/** The map exactly as the editor shows it: no header, warnings on, one page. */
	public static final ExportOptions AS_SHOWN = new ExportOptions(false, true, PdfPages.ONE_PAGE);

	/** What File > Export Image... starts with: a header, warnings on, one page. */
	public static final ExportOptions FOR_PEOPLE = new ExportOptions(true, true, PdfPages.ONE_PAGE);

	public ExportOptions withHeader(boolean withHeader) {
		return new ExportOptions(withHeader, warnings, pages);
	}

	public ExportOptions withWarnings(boolean withWarnings) {
		return new ExportOptions(header, withWarnings, pages);
	}

	public ExportOptions withPages(PdfPages newPages) {
		return new ExportOptions(header, warnings, newPages);
	}
}
