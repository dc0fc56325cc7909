package org.cjmstudio.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cjmstudio.diagram.export.DiagramImages;
import org.cjmstudio.diagram.export.ImageFormat;
import org.cjmstudio.diagram.figures.CardFigure;
import org.cjmstudio.diagram.figures.EmotionMarkerFigure;
import org.cjmstudio.diagram.figures.EvidenceBadge;
import org.cjmstudio.model.Barrier;
import org.cjmstudio.model.Emotion;
import org.cjmstudio.model.EmotionState;
import org.cjmstudio.model.EvidenceLevel;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Stage;
import org.cjmstudio.model.evidence.EvidenceLevels;
import org.cjmstudio.samples.SampleMap;
import org.cjmstudio.testing.Screenshots;
import org.cjmstudio.testing.WorkspaceMaps;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Given the B2C sample, every barrier and every as-is emotion point shows how well it is backed: the badge of its
 * evidence level, explained in its tool tip in the analyst's words; to-be points (targets) have none; a card's badge
 * never covers its text or warning triangle; the badges are in the PNG, SVG and PDF pictures too.
 */
class EvidenceBadgesOnCardsTest {

	private EditorDriver driver;
	private JourneyMap map;

	@BeforeEach
	void openTheB2cSample() throws Exception {
		driver = EditorDriver.open(WorkspaceMaps.copy(SampleMap.B2C_ONLINE_SHOP, "evidence-badges"));
		map = driver.editor.getMap();
	}

	@AfterEach
	void closeWithoutSaving() {
		driver.close();
	}

	@Test
	void everyBarrierAndAsIsEmotionShowsItsLevelExplainedInItsToolTip() throws Exception {
		int barriers = 0;
		int emotions = 0;
		for (Stage stage : map.getStages()) {
			for (Barrier barrier : stage.getBarriers()) {
				CardFigure card = (CardFigure) driver.partOf(barrier).getFigure();
				assertLevel(EvidenceLevels.of(barrier), card.getEvidenceBadge(), barrier.getName());
				assertNoOverlap(card);
				barriers++;
			}
			for (Emotion emotion : stage.getEmotions()) {
				EmotionMarkerFigure marker = (EmotionMarkerFigure) driver.partOf(emotion).getFigure();
				if (emotion.getState() == EmotionState.TO_BE) {
					assertNull(marker.getEvidenceBadge(), "a target needs no evidence: " + marker.getDescription());
				} else {
					assertLevel(EvidenceLevels.of(emotion), marker.getEvidenceBadge(), marker.getDescription());
					emotions++;
				}
			}
		}
		assertTrue(barriers >= 10 && emotions >= 10, barriers + " barriers, " + emotions + " as-is points");

		Barrier shipping = LinkEvidenceDialogTest.barrier(map, "Shipping costs shown only at the last step");
		CardFigure shippingCard = (CardFigure) driver.partOf(shipping).getFigure();
		assertEquals("1+D", shippingCard.getEvidenceBadge().text());
		assertTrue(toolTip(shippingCard).startsWith(
				"Backed by 1 interview (Cart abandoner, Munich) and web analytics."), toolTip(shippingCard));

		Barrier tracking = LinkEvidenceDialogTest.barrier(map, "Tracking not updated for days");
		CardFigure trackingCard = (CardFigure) driver.partOf(tracking).getFigure();
		assertEquals("?", trackingCard.getEvidenceBadge().text());
		assertTrue(trackingCard.isFlagged(), "and its warning triangle");
		assertTrue(toolTip(trackingCard).startsWith("Assumption: nothing cited. Link Evidence... to back it.\n\n"),
				toolTip(trackingCard));

		Barrier several = map.getStages().stream().flatMap(stage -> stage.getBarriers().stream())
				.filter(barrier -> EvidenceLevels.of(barrier) == EvidenceLevel.SEVERAL_INTERVIEWS).findFirst()
				.orElseThrow();
		String severalTip = toolTip((CardFigure) driver.partOf(several).getFigure());
		assertTrue(severalTip.matches("(?s)Backed by \\d+ interviews \\(.+\\)\\..*"), severalTip);

		Emotion asIs = map.getStages().stream().flatMap(stage -> stage.getEmotions().stream())
				.filter(emotion -> emotion.getState() == EmotionState.AS_IS && !emotion.getEvidence().isEmpty())
				.findFirst().orElseThrow();
		EmotionMarkerFigure marker = (EmotionMarkerFigure) driver.partOf(asIs).getFigure();
		String markerTip = ((Label) marker.getToolTip()).getText();
		assertTrue(markerTip.contains("\nBacked by "), markerTip);

		pictureOfTheBarriersAndEmotions(shipping);
	}

	@Test
	void thePicturesShowTheBadges() throws Exception {
		Path folder = Screenshots.outputDirectory();
		Path svg = folder.resolve("badges.svg");
		Path png = folder.resolve("badges.png");
		Path pdf = folder.resolve("badges.pdf");
		DiagramImages.export(driver.editor.getGraphicalViewer(), svg, ImageFormat.SVG);
		DiagramImages.export(driver.editor.getGraphicalViewer(), png, ImageFormat.PNG);
		DiagramImages.export(driver.editor.getGraphicalViewer(), pdf, ImageFormat.PDF);

		String picture = Files.readString(svg);
		assertTrue(picture.contains(">1+D<"), "the SVG holds the badge's text");
		assertTrue(picture.contains("#1f7a3d") && picture.contains("#d6453d"), "and its colours");
		ImageData pixels = new ImageLoader().load(png.toString())[0];
		assertTrue(count(pixels, 0x1f, 0x7a, 0x3d) > 30, "the PNG shows interviews-and-data badges");
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			assertTrue(new PDFTextStripper().getText(document).contains("1+D"), "the PDF holds the badge's text");
		}
	}

	private void assertLevel(EvidenceLevel level, EvidenceBadge badge, String what) {
		assertNotNull(badge, what + " has a badge");
		assertEquals(level, badge.level(), what);
	}

	/** The badge sits in its own strip: below the text, apart from the warning triangle at the top right. */
	private static void assertNoOverlap(CardFigure card) {
		Rectangle bounds = card.getBounds();
		int badgeTop = bounds.bottom() - 3 - EvidenceBadge.HEIGHT;
		Rectangle text = card.getClientArea();
		assertTrue(text.bottom() <= badgeTop + 1, card.getTitle() + ": text " + text + " above the badge at " + badgeTop);
		assertTrue(bounds.y + 4 + 14 < badgeTop, card.getTitle() + ": the triangle ends above the badge");
	}

	private static String toolTip(CardFigure card) {
		assertNotNull(card.getToolTip(), card.getTitle() + " has a tool tip");
		return ((Label) card.getToolTip()).getText();
	}

	/** The barriers and emotions of the purchase stages at 100 %, for the README. */
	private void pictureOfTheBarriersAndEmotions(Barrier shipping) throws Exception {
		ZoomManager zoom = (ZoomManager) driver.editor.getAdapter(ZoomManager.class);
		zoom.setZoom(1.0);
		driver.settle();
		driver.editor.getGraphicalViewer().reveal(driver.partOf(shipping));
		driver.settle();
		Screenshots.capture(driver.editor.getSite().getShell(), "evidence-badges.png");
	}

	private static int count(ImageData image, int red, int green, int blue) {
		int found = 0;
		for (int y = 0; y < image.height; y += 1) {
			for (int x = 0; x < image.width; x += 1) {
				org.eclipse.swt.graphics.RGB rgb = image.palette.getRGB(image.getPixel(x, y));
				if (rgb.red == red && rgb.green == green && rgb.blue == blue) {
					found++;
				}
			}
		}
		return found;
	}
}
