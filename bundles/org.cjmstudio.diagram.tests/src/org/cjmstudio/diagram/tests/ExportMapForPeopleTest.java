package org.cjmstudio.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cjmstudio.diagram.export.DiagramImages;
import org.cjmstudio.diagram.export.ExportImageHandler;
import org.cjmstudio.diagram.export.ExportMapDialog;
import org.cjmstudio.diagram.export.ExportOptions;
import org.cjmstudio.diagram.export.PdfPages;
import org.cjmstudio.diagram.figures.DiagramColors;
import org.cjmstudio.model.Stage;
import org.cjmstudio.samples.SampleMap;
import org.cjmstudio.testing.Screenshots;
import org.cjmstudio.testing.Widgets;
import org.cjmstudio.testing.WorkspaceMaps;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A CX lead sends the map to stakeholders: a vector PDF on one page or on A4 pages, with a header naming the map, its
 * personas and the date, warning triangles left out if wished; every stage name and card title stays text (a reader
 * we did not write, poppler's pdftoppm, renders it); File > Export Map... says where the file went.
 */
class ExportMapForPeopleTest {

	private EditorDriver driver;
	private Path folder;

	@BeforeEach
	void openTheB2cSample() throws Exception {
		driver = EditorDriver.open(WorkspaceMaps.copy(SampleMap.B2C_ONLINE_SHOP, "export-for-people"));
		folder = Files.createTempDirectory("export-for-people");
	}

	@AfterEach
	void closeWithoutSaving() {
		driver.close();
	}

	@Test
	void aOnePagePdfIsVectorTextWithTheHeaderAndEmbeddedFonts() throws Exception {
		Path pdf = folder.resolve("b2c.pdf");
		DiagramImages.export(driver.editor.getGraphicalViewer(), pdf, ExportOptions.FOR_PEOPLE);

		Rectangle area = DiagramImages.area(driver.editor.getGraphicalViewer());
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			assertEquals(1, document.getNumberOfPages());
			PDPage page = document.getPage(0);
			assertEquals(area.width * 0.75 + 48, page.getMediaBox().getWidth(), 1.0, "the page is the map's size");
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertTrue(text.contains(driver.editor.getMap().getTitle()), "the header names the map");
			assertTrue(text.contains("Exported "), "and the date");
			assertTrue(text.contains("Lena, the careful weekend hiker"), "and the personas");
			for (Stage stage : driver.editor.getMap().getStages()) {
				assertTrue(text.contains(stage.getName()), "stage " + stage.getName() + " is text");
			}
			Set<String> fonts = new HashSet<>();
			for (var name : page.getResources().getFontNames()) {
				PDFont font = page.getResources().getFont(name);
				assertTrue(font.isEmbedded(), font.getName() + " is embedded");
				fonts.add(font.getName());
			}
			assertFalse(fonts.isEmpty());
			assertTrue(page.getResources().getXObjectNames().iterator().hasNext(), "the card's screenshot is in it");
		}
		Path png = renderFirstPage(pdf, "export-pdf-page-b2c_online_shop");
		assertTrue(Files.size(png) > 10_000, "pdftoppm rendered the page");
	}

	@Test
	void onA4PagesTheMapIsCutIntoLandscapeSheetsWithAFooterEach() throws Exception {
		Path pdf = folder.resolve("b2c-a4.pdf");
		int pages = DiagramImages.export(driver.editor.getGraphicalViewer(), pdf,
				org.cjmstudio.diagram.export.ImageFormat.PDF, ExportOptions.FOR_PEOPLE.withPages(PdfPages.A4));

		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			assertEquals(pages, document.getNumberOfPages());
			assertTrue(pages >= 4, pages + " A4 pages for a map of 1,500 by 2,000 pixels");
			for (PDPage page : document.getPages()) {
				assertEquals(842, page.getMediaBox().getWidth(), 1, "A4 landscape");
				assertEquals(595, page.getMediaBox().getHeight(), 1);
			}
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(2);
			stripper.setEndPage(2);
			assertTrue(stripper.getText(document).contains("page 2 of " + pages), "each page says where it goes");
		}
	}

	@Test
	void warningTrianglesAreLeftOutWhenAskedAndTheHeaderAddsItsBand() throws Exception {
		Path with = folder.resolve("with.png");
		Path without = folder.resolve("without.png");
		DiagramImages.export(driver.editor.getGraphicalViewer(), with, ExportOptions.FOR_PEOPLE);
		DiagramImages.export(driver.editor.getGraphicalViewer(), without, ExportOptions.FOR_PEOPLE.withWarnings(false));

		ImageData withWarnings = new ImageData(with.toString());
		ImageData withoutWarnings = new ImageData(without.toString());
		Rectangle area = DiagramImages.area(driver.editor.getGraphicalViewer());
		assertEquals(area.height + 64, withWarnings.height, "the header's band is above the map");
		assertTrue(colours(withWarnings).contains(DiagramColors.WARNING.getRGB()));
		assertFalse(colours(withoutWarnings).contains(DiagramColors.WARNING.getRGB()), "no warning triangle");
		assertTrue(((org.cjmstudio.diagram.figures.CardFigure) driver.partOf(driver.editor.getMap().getStages().get(1)
				.getBarriers().get(1)).getFigure()).isFlagged(), "the editor shows the warnings again");
	}

	@Test
	void fileExportMapAsksWhereAndSaysWhereTheFileWent() throws Exception {
		Path pdf = folder.resolve("for-the-board.pdf");
		Widgets.ExpectedDialog dialog = Widgets.whenShown(driver.editor.getSite().getShell().getDisplay(),
				ExportMapDialog.TITLE, shell -> {
					List<Text> fields = Widgets.inputFields(shell);
					assertTrue(fields.get(0).getText().endsWith("b2c-online-shop.pdf"), "beside the map, as PDF");
					fields.get(0).setText(pdf.toString());
					Widgets.press(shell, "Export");
				});
		List<String> confirmation = new java.util.ArrayList<>();
		Widgets.ExpectedDialog done = Widgets.whenShown(driver.editor.getSite().getShell().getDisplay(),
				ExportImageHandler.DONE_TITLE, shell -> {
					Widgets.all(shell, Label.class).forEach(label -> confirmation.add(label.getText()));
					Widgets.press(shell, "OK");
				});
		driver.editor.getSite().getService(IHandlerService.class).executeCommand(ExportImageHandler.COMMAND_ID, null);
		dialog.assertHandled();
		done.assertHandled();
		assertTrue(Files.size(pdf) > 10_000, "the PDF was written");
		assertTrue(String.join(" ", confirmation).contains(pdf.toString()), "the message names the file: "
				+ confirmation);
	}

	@Test
	void fileExportMapOffersTheInstalledDataFormatsToo() throws Exception {
		Path turtle = folder.resolve("b2c.ttl");
		List<String> dataFormats = new java.util.ArrayList<>();
		Widgets.ExpectedDialog dialog = Widgets.whenShown(driver.editor.getSite().getShell().getDisplay(),
				ExportMapDialog.TITLE, shell -> {
					Widgets.all(shell, org.eclipse.swt.widgets.Button.class).stream()
							.filter(button -> (button.getStyle() & org.eclipse.swt.SWT.RADIO) != 0)
							.forEach(button -> dataFormats.add(button.getText()));
					Widgets.inputFields(shell).get(0).setText(turtle.toString());
					Widgets.press(shell, "Export");
				});
		Widgets.ExpectedDialog done = Widgets.answerWhenShown(driver.editor.getSite().getShell().getDisplay(),
				ExportImageHandler.DONE_TITLE, "OK");
		driver.editor.getSite().getService(IHandlerService.class).executeCommand(ExportImageHandler.COMMAND_ID, null);
		dialog.assertHandled();
		done.assertHandled();

		// the product's formats: the RDF ones (org.cjmstudio.rdf), then the journey formats (org.cjmstudio.formats)
		assertEquals(List.of("PNG", "SVG", "PDF", "Turtle", "JSON-LD", "RDF/XML", "N-Triples", "TriG",
				"Mermaid user journey", "TheyDo insights (JSON)", "TheyDo opportunities (JSON)",
				"TheyDo solutions (JSON)", "TheyDo metrics (JSON)", "CJML 2.0 (planned and actual journeys)",
				"UJG 2026.06 (User Journey Graph JSON-LD)", "Cards as CSV"), dataFormats,
				"the pictures, then the installed data formats in their order");
		assertTrue(Files.readString(turtle).contains("https://w3id.org/cjmstudio/ontology#"), "written as Turtle");
	}

	/** The first page as a PNG, drawn by poppler's pdftoppm, into the test output (the README shows it). */
	private static Path renderFirstPage(Path pdf, String name) throws IOException, InterruptedException {
		Path prefix = Screenshots.outputDirectory().resolve(name);
		Process pdftoppm = new ProcessBuilder("pdftoppm", "-png", "-r", "60", "-singlefile", "-f", "1", "-l", "1",
				pdf.toString(), prefix.toString()).redirectErrorStream(true).start();
		assertTrue(pdftoppm.waitFor(60, TimeUnit.SECONDS), "pdftoppm finished");
		String output = new String(pdftoppm.getInputStream().readAllBytes());
		assertEquals(0, pdftoppm.exitValue(), "pdftoppm read the PDF: " + output);
		return prefix.resolveSibling(name + ".png");
	}

	private static Set<RGB> colours(ImageData image) {
		Set<RGB> colours = new HashSet<>();
		for (int y = 0; y < image.height; y += 1) {
			for (int x = 0; x < image.width; x += 1) {
				colours.add(image.palette.getRGB(image.getPixel(x, y)));
			}
		}
		return colours;
	}
}
