package org.cjmstudio.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.cjmstudio.diagram.export.DiagramImages;
import org.cjmstudio.diagram.figures.CurveLegendFigure;
import org.cjmstudio.diagram.figures.DiagramColors;
import org.cjmstudio.diagram.figures.EmotionCurveFigure;
import org.cjmstudio.diagram.figures.EmotionMarkerFigure;
import org.cjmstudio.diagram.figures.JourneyGridFigure;
import org.cjmstudio.diagram.figures.StageColumnFigure;
import org.cjmstudio.diagram.layout.Lane;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.Emotion;
import org.cjmstudio.model.EmotionState;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Stage;
import org.cjmstudio.samples.SampleMap;
import org.cjmstudio.testing.Screenshots;
import org.cjmstudio.testing.WorkspaceMaps;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The B2C sample's two personas each have an as-is and a to-be curve: one colour per persona, to-be dashed, a legend
 * naming them, faces drawn above the lines, points of one step one above the other and fanned out where they would
 * hide each other, and each point's tool tip naming its persona.
 */
class EmotionCurvesTest {

	private EditorDriver driver;
	private JourneyMap map;

	@BeforeEach
	void openTheB2cSample() throws Exception {
		driver = EditorDriver.open(WorkspaceMaps.copy(SampleMap.B2C_ONLINE_SHOP, "emotion-curves"));
		map = driver.editor.getMap();
	}

	@AfterEach
	void closeWithoutSaving() {
		driver.close();
	}

	@Test
	void eachPersonaHasAnAsIsAndAToBeCurveInItsColourWithALegend() throws Exception {
		List<EmotionCurveFigure.Series> curves = driver.grid().emotionCurve().curves();
		assertEquals(4, curves.size(), "Lena and Jonas, as-is and to-be");
		for (int persona = 0; persona < 2; persona++) {
			int index = persona;
			List<EmotionCurveFigure.Series> own = curves.stream()
					.filter(series -> series.curve().color().equals(DiagramColors.persona(index))).toList();
			assertEquals(2, own.size(), "two curves in " + map.getPersonas().get(persona).getName() + "'s colour");
			assertNotEquals(own.get(0).curve().toBe(), own.get(1).curve().toBe(), "one as-is, one to-be (dashed)");
		}
		assertEquals(emotionCount(), driver.grid().emotionCurve().pointCount(), "every point is on a curve");

		CurveLegendFigure legend = driver.grid().curveLegend();
		assertEquals(List.of("Lena", "Jonas"), legend.getEntries().stream().map(CurveLegendFigure.Entry::name).toList());
		assertEquals(DiagramColors.persona(1), legend.getEntries().get(1).color());
		assertTrue(legend.showsStates(), "the legend says how as-is and to-be curves are drawn");
		assertTrue(legend.getBounds().height > 3 * 15, "the legend has room for its lines: " + legend.getBounds());

		saveEmotionLane("emotion-curves-b2c_online_shop.png");
	}

	@Test
	void facesAreDrawnAboveTheCurvesAndNeverHideEachOther() {
		JourneyGridFigure grid = driver.grid();
		int curves = grid.getChildren().indexOf(grid.emotionCurve());
		for (StageColumnFigure column : grid.columns()) {
			assertTrue(grid.getChildren().indexOf(column) > curves, "stage columns, with the faces, are painted later");
			List<EmotionMarkerFigure> markers = markersIn(column);
			for (int i = 0; i < markers.size(); i++) {
				for (int j = i + 1; j < markers.size(); j++) {
					Rectangle overlap = markers.get(i).getFaceBounds().getIntersection(markers.get(j).getFaceBounds());
					int size = EmotionMarkerFigure.SIZE * EmotionMarkerFigure.SIZE;
					assertTrue(overlap.width * overlap.height < size * 0.4, column.getStageName() + ": "
							+ markers.get(i).getDescription() + " hides " + markers.get(j).getDescription());
				}
			}
		}
	}

	@Test
	void aPointsToolTipNamesItsPersonaAndCurve() {
		Emotion toBe = map.getStages().get(3).getEmotions().stream()
				.filter(emotion -> emotion.getState() == EmotionState.TO_BE).findFirst().orElseThrow();
		EmotionMarkerFigure marker = (EmotionMarkerFigure) driver.partOf(toBe).getFigure();
		assertTrue(marker.getDescription().startsWith(toBe.getPersona().getName() + " \u00b7 to-be\n"),
				marker.getDescription());
	}

	@Test
	void givingAPointAnotherPersonaMovesItToThatPersonasCurve() {
		Stage need = map.getStages().get(0);
		Emotion lenas = need.getEmotions().get(0);
		driver.editor.getEditingDomain().getCommandStack().execute(SetCommand.create(
				driver.editor.getEditingDomain(), lenas, CjmPackage.Literals.EMOTION__PERSONA, map.getPersonas().get(1)));
		driver.settle();
		EmotionMarkerFigure marker = (EmotionMarkerFigure) driver.partOf(lenas).getFigure();
		assertEquals(DiagramColors.persona(1), marker.getCurve().color());
		assertTrue(driver.grid().emotionCurve().curves().stream()
				.anyMatch(series -> series.curve().equals(marker.getCurve())
						&& series.points().toIntArray().length / 2 >= 2), "the point joined Jonas's as-is curve");
	}

	private int emotionCount() {
		return map.getStages().stream().mapToInt(stage -> stage.getEmotions().size()).sum();
	}

	private static List<EmotionMarkerFigure> markersIn(StageColumnFigure column) {
		List<EmotionMarkerFigure> markers = new ArrayList<>();
		for (Object child : column.getChildren()) {
			if (child instanceof EmotionMarkerFigure marker) {
				markers.add(marker);
			}
		}
		return markers;
	}

	/** The emotion lane with its legend, at 100 %, as the README shows it. */
	private void saveEmotionLane(String fileName) throws Exception {
		ImageData whole = DiagramImages.toImageData(driver.editor.getGraphicalViewer());
		Rectangle area = DiagramImages.area(driver.editor.getGraphicalViewer());
		StageColumnFigure first = driver.grid().columns().get(0);
		Rectangle lane = first.laneBounds(Lane.EMOTIONS);
		IFigure header = driver.grid().laneHeader();
		int top = Math.max(0, lane.y - area.y - 6);
		int height = Math.min(whole.height - top, lane.height + 12);
		int width = Math.min(whole.width, header.getBounds().width + 4 * first.getBounds().width + 20);
		ImageData lanePicture = new ImageData(width, height, whole.depth, whole.palette);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				lanePicture.setPixel(x, y, whole.getPixel(x, top + y));
			}
		}
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { lanePicture };
		loader.save(Screenshots.outputDirectory().resolve(fileName).toString(), SWT.IMAGE_PNG);
	}
}
