package org.cjmstudio.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.cjmstudio.diagram.export.DiagramImages;
import org.cjmstudio.diagram.export.ExportImageHandler;
import org.cjmstudio.diagram.export.OffscreenDiagram;
import org.cjmstudio.diagram.figures.CardFigure;
import org.cjmstudio.diagram.figures.DiagramColors;
import org.cjmstudio.diagram.figures.StageColumnFigure;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.persistence.MapFiles;
import org.cjmstudio.samples.SampleMap;
import org.cjmstudio.testing.Screenshots;
import org.cjmstudio.testing.WorkspaceMaps;
import org.eclipse.core.resources.IFile;
import org.eclipse.draw2d.FigureCanvas;
import org.eclipse.draw2d.FreeformFigure;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.LayerConstants;
import org.eclipse.gef.editparts.LayerManager;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Given a sample map open in the editor, when a CX lead exports it as a picture, then the PNG shows the whole map at
 * 100 % whatever the editor's zoom and scroll, and the SVG is a valid drawing of the same size whose texts name the
 * stages and cards; and the same picture can be made from code, without an editor.
 */
class ExportMapImageTest {

	private static final String PROJECT = "export-images";
	private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

	@ParameterizedTest
	@EnumSource(SampleMap.class)
	void thePngShowsTheWholeMapAtFullSizeWhateverTheZoom(SampleMap sample) throws Exception {
		EditorDriver driver = EditorDriver.open(WorkspaceMaps.copy(sample, PROJECT));
		try {
			GraphicalViewer viewer = driver.editor.getGraphicalViewer();
			Rectangle printable = printableExtent(viewer);
			for (StageColumnFigure column : driver.grid().columns()) {
				assertTrue(printable.contains(column.getBounds()), "the picture covers stage " + column.getStageName());
			}

			Path file = output(sample, ".png");
			DiagramImages.export(viewer, file);
			ImageData png = new ImageLoader().load(file.toString())[0];
			assertEquals(printable.width, png.width, "PNG width = the map's width at 100 %");
			assertEquals(printable.height, png.height, "PNG height = the map's height at 100 %");
			Set<RGB> colours = colours(png);
			assertTrue(colours.size() > 8, "a drawing, not a blank picture: " + colours.size() + " colours");
			assertTrue(colours.contains(DiagramColors.STEP.getRGB()), "the step cards' colour stripe is there");

			ImageData atFullZoom = DiagramImages.toImageData(viewer);
			ZoomManager zoom = (ZoomManager) driver.editor.getAdapter(ZoomManager.class);
			zoom.setZoom(2.0);
			driver.settle();
			((FigureCanvas) viewer.getControl()).scrollTo(300, 200);
			driver.settle();
			ImageData zoomedIn = DiagramImages.toImageData(viewer);
			assertEquals(png.width, zoomedIn.width, "still 100 % at 200 % zoom");
			assertEquals(png.height, zoomedIn.height, "still 100 % at 200 % zoom");
			assertArrayEquals(atFullZoom.data, zoomedIn.data, "the same picture whatever the zoom and scroll");
			zoom.setZoom(0.5);
			driver.settle();
			assertEquals(printable, DiagramImages.area(viewer), "still 100 % at 50 % zoom");

			Path unknownFormat = output(sample, ".jpg");
			assertThrows(IllegalArgumentException.class, () -> DiagramImages.export(viewer, unknownFormat));
			assertFalse(Files.exists(unknownFormat), "nothing written for a format we do not export");
		} finally {
			driver.close();
		}
	}

	@ParameterizedTest
	@EnumSource(SampleMap.class)
	void theSvgIsAValidDrawingOfTheSameSizeThatNamesStagesAndCards(SampleMap sample) throws Exception {
		EditorDriver driver = EditorDriver.open(WorkspaceMaps.copy(sample, PROJECT));
		try {
			GraphicalViewer viewer = driver.editor.getGraphicalViewer();
			Rectangle printable = printableExtent(viewer);
			Path file = output(sample, ".svg");
			DiagramImages.export(viewer, file);

			Element svg = parse(file).getDocumentElement();
			assertEquals(SVG_NAMESPACE, svg.getNamespaceURI());
			assertEquals("svg", svg.getLocalName());
			assertEquals(Integer.toString(printable.width), svg.getAttribute("width"));
			assertEquals(Integer.toString(printable.height), svg.getAttribute("height"));
			assertEquals("0 0 " + printable.width + " " + printable.height, svg.getAttribute("viewBox"));

			List<String> texts = texts(svg);
			for (StageColumnFigure column : driver.grid().columns()) {
				assertTrue(shows(texts, column.getStageName()), "stage name '" + column.getStageName() + "'");
			}
			// Titles wrap over several lines, also after a hyphen: compare without the white space.
			String allText = withoutSpace(String.join("", texts));
			List<CardFigure> cards = cards(viewer);
			assertTrue(cards.size() > 5, "the samples have cards");
			for (CardFigure card : cards) {
				assertTrue(allText.contains(withoutSpace(card.getTitle())), "card title '" + card.getTitle() + "'");
			}
		} finally {
			driver.close();
		}
	}

	@ParameterizedTest
	@EnumSource(SampleMap.class)
	void aMapExportsWithoutAnEditorAsTheEditorWouldExportIt(SampleMap sample) throws Exception {
		IFile workspaceFile = WorkspaceMaps.copy(sample, PROJECT);
		ImageData fromEditor;
		EditorDriver driver = EditorDriver.open(workspaceFile);
		try {
			fromEditor = DiagramImages.toImageData(driver.editor.getGraphicalViewer());
		} finally {
			driver.close();
		}

		JourneyMap map = MapFiles.load(workspaceFile.getLocation().toFile().toPath());
		Display display = PlatformUI.getWorkbench().getDisplay();
		try (OffscreenDiagram diagram = OffscreenDiagram.open(display, map)) {
			ImageData offscreen = DiagramImages.toImageData(diagram.viewer());
			assertEquals(fromEditor.width, offscreen.width, "same width as the editor's export");
			assertEquals(fromEditor.height, offscreen.height, "same height as the editor's export");
			assertArrayEquals(fromEditor.data, offscreen.data, "pixel for pixel the editor's picture");
		}
		assertNotNull(AdapterFactoryEditingDomain.getEditingDomainFor(map), "the map was given an editing domain");
		assertTrue(map.eAdapters().stream().noneMatch(adapter -> adapter.getClass().getName()
				.startsWith("org.cjmstudio.diagram")), "the closed diagram no longer listens to the map");

		Path png = output(sample, "-offscreen.png");
		Path svg = output(sample, "-offscreen.svg");
		OffscreenDiagram.export(display, map, png);
		OffscreenDiagram.export(display, map, svg);
		ImageData written = new ImageLoader().load(png.toString())[0];
		assertEquals(fromEditor.width, written.width);
		assertEquals(fromEditor.height, written.height);
		assertTrue(colours(written).size() > 8, "a drawing, not a blank picture");
		Element root = parse(svg).getDocumentElement();
		assertEquals(Integer.toString(fromEditor.width), root.getAttribute("width"));
		assertEquals(Integer.toString(fromEditor.height), root.getAttribute("height"));
	}

	@Test
	void fileExportImageIsOfferedWhileAMapEditorIsActive() throws Exception {
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		org.eclipse.core.commands.Command export = commands.getCommand(ExportImageHandler.COMMAND_ID);
		assertTrue(export.isDefined(), "the command is declared");
		EditorDriver driver = EditorDriver.open(WorkspaceMaps.copy(SampleMap.B2C_ONLINE_SHOP, PROJECT));
		try {
			assertTrue(export.isHandled(), "the map editor's export handler is active");
			assertTrue(export.isEnabled());
		} finally {
			driver.close();
		}
		Screenshots.settle(PlatformUI.getWorkbench().getDisplay());
		assertFalse(export.isHandled(), "nothing to export without a map editor");
	}

	/** The printable layers' extent, as GEF lays the map out at 100 %, independently of the exporter. */
	private static Rectangle printableExtent(GraphicalViewer viewer) {
		LayerManager layers = (LayerManager) viewer.getEditPartRegistry().get(LayerManager.ID);
		return ((FreeformFigure) layers.getLayer(LayerConstants.PRINTABLE_LAYERS)).getFreeformExtent().getCopy();
	}

	private static Path output(SampleMap sample, String suffix) throws Exception {
		return Screenshots.outputDirectory().resolve("export-" + sample.name().toLowerCase(Locale.ROOT) + suffix);
	}

	private static Set<RGB> colours(ImageData image) {
		Set<RGB> colours = new HashSet<>();
		for (int y = 0; y < image.height; y += 2) {
			for (int x = 0; x < image.width; x++) {
				colours.add(image.palette.getRGB(image.getPixel(x, y)));
			}
		}
		return colours;
	}

	private static Document parse(Path file) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(file.toFile());
	}

	private static List<String> texts(Element svg) {
		List<String> texts = new ArrayList<>();
		NodeList elements = svg.getElementsByTagNameNS(SVG_NAMESPACE, "text");
		for (int i = 0; i < elements.getLength(); i++) {
			texts.add(elements.item(i).getTextContent());
		}
		return texts;
	}

	/** A stage name is shown whole, or shortened with "…" where the column is too narrow, as on screen. */
	private static boolean shows(List<String> texts, String name) {
		return texts.stream().anyMatch(text -> text.equals(name) || text.length() > 1 && text.endsWith("…")
				&& name.startsWith(text.substring(0, text.length() - 1)));
	}

	private static String withoutSpace(String text) {
		return text.replaceAll("\\s+", "");
	}

	private static List<CardFigure> cards(GraphicalViewer viewer) {
		List<CardFigure> cards = new ArrayList<>();
		for (Object part : viewer.getEditPartRegistry().values()) {
			if (part instanceof GraphicalEditPart graphical && graphical.getFigure() instanceof CardFigure card) {
				cards.add(card);
			}
		}
		return cards;
	}
}
