package org.cjmstudio.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cjmstudio.diagram.editor.JourneyMapEditor;
import org.cjmstudio.diagram.figures.CardFigure;
import org.cjmstudio.diagram.figures.EmotionMarkerFigure;
import org.cjmstudio.diagram.layout.Lane;
import org.cjmstudio.diagram.problems.ProblemMarkers;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Stage;
import org.cjmstudio.model.validation.MapValidation;
import org.cjmstudio.samples.SampleMap;
import org.cjmstudio.testing.Screenshots;
import org.cjmstudio.testing.WorkspaceMaps;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Given a sample map, when a CX lead opens it, then every stage is a column, every card sits in its lane, the emotion
 * curve runs through every emotion, and each card validation flags carries a warning marker and a Problems entry.
 */
class OpenSampleMapsTest {

	@ParameterizedTest
	@EnumSource(SampleMap.class)
	void aSampleMapOpensWithEveryCardInItsLane(SampleMap sample) throws Exception {
		IFile file = WorkspaceMaps.copy(sample, "open-samples");
		EditorDriver driver = EditorDriver.open(file);
		try {
			JourneyMap map = driver.editor.getMap();
			assertEquals(map.getStages().size(), driver.grid().columns().size(), "one column per stage");

			int emotions = 0;
			for (Stage stage : map.getStages()) {
				assertEquals(stage.getSteps(), models(driver.cardsIn(stage, Lane.STEPS)), "steps of " + stage.getName());
				assertEquals(stage.getTouchpoints(), models(driver.cardsIn(stage, Lane.TOUCHPOINTS)));
				assertEquals(stage.getBarriers(), models(driver.cardsIn(stage, Lane.BARRIERS)));
				assertEquals(stage.getEmotions().size(), driver.cardsIn(stage, Lane.EMOTIONS).size());
				assertEquals(map.getOpportunities().stream().filter(o -> o.getStage() == stage).toList(),
						models(driver.cardsIn(stage, Lane.OPPORTUNITIES)));
				assertEquals(map.getMetrics().stream().filter(m -> m.getStage() == stage).toList(),
						models(driver.cardsIn(stage, Lane.METRICS)));
				emotions += stage.getEmotions().size();
			}
			assertTrue(emotions > 0, "the samples have an emotion curve");
			assertEquals(emotions, driver.grid().emotionCurve().pointCount(), "one curve point per emotion");

			Diagnostic validation = MapValidation.standard().validate(map);
			List<EObject> flagged = validation.getChildren().stream().map(problem -> problem.getData().get(0))
					.filter(EObject.class::isInstance).map(EObject.class::cast).distinct().toList();
			int cardsFlagged = 0;
			for (EObject element : flagged) {
				Object part = driver.editor.getGraphicalViewer().getEditPartRegistry().get(element);
				if (part instanceof GraphicalEditPart card && card.getFigure() instanceof CardFigure figure) {
					assertTrue(figure.isFlagged(), element + " has a problem but no warning marker");
					cardsFlagged++;
				} else if (part instanceof GraphicalEditPart card
						&& card.getFigure() instanceof EmotionMarkerFigure marker) {
					assertTrue(marker.isFlagged());
					cardsFlagged++;
				}
			}
			assertTrue(cardsFlagged > 0, "the samples deliberately contain unsupported barriers or emotions");
			IMarker[] markers = file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO);
			assertEquals(validation.getChildren().size(), markers.length, "one Problems entry per finding");

			Screenshots.capture(driver.editor.getSite().getShell(), "editor-" + sample.name().toLowerCase() + ".png");
			driver.showWholeMap();
			Screenshots.capture(driver.editor.getSite().getShell(),
					"editor-overview-" + sample.name().toLowerCase() + ".png");
		} finally {
			driver.close();
		}
	}

	@Test
	void mapFilesOpenInTheJourneyMapEditorByDefault() {
		assertEquals(JourneyMapEditor.ID,
				PlatformUI.getWorkbench().getEditorRegistry().getDefaultEditor("shop.cjm").getId());
	}

	private static List<Object> models(List<EditPart> parts) {
		return parts.stream().map(EditPart::getModel).toList();
	}
}
