package org.cjmstudio.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cjmstudio.diagram.figures.StageColumnFigure;
import org.cjmstudio.diagram.layout.Lane;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.Emotion;
import org.cjmstudio.model.Feeling;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Stage;
import org.cjmstudio.model.Step;
import org.cjmstudio.samples.SampleMap;
import org.cjmstudio.testing.Widgets;
import org.cjmstudio.testing.WorkspaceMaps;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.requests.ChangeBoundsRequest;
import org.eclipse.gef.requests.CreateRequest;
import org.eclipse.gef.requests.SimpleFactory;
import org.eclipse.swt.custom.CLabel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A new user drops cards the way the mouse does: a refused drop says why in the status line; a tall card grabbed
 * by its lower half lands in the lane under the pointer; an emotion dropped high in the emotion lane is a positive
 * feeling, and dragging a point up or down changes its valence.
 */
class DropsLikeAUserTest {

	private EditorDriver driver;
	private JourneyMap map;

	@BeforeEach
	void openTheB2cSample() throws Exception {
		driver = EditorDriver.open(WorkspaceMaps.copy(SampleMap.B2C_ONLINE_SHOP, "drops-like-a-user"));
		map = driver.editor.getMap();
	}

	@AfterEach
	void closeWithoutSaving() {
		driver.close();
	}

	@Test
	void aCardDroppedIntoAnotherKindsLaneIsRefusedWithAReason() {
		Stage search = map.getStages().get(1);
		CreateRequest wrongLane = new CreateRequest();
		wrongLane.setFactory(new SimpleFactory(null) {
			@Override
			public Object getNewObject() {
				return org.cjmstudio.model.CjmFactory.eINSTANCE.createTouchpoint();
			}

			@Override
			public Object getObjectType() {
				return CjmPackage.Literals.TOUCHPOINT;
			}
		});
		wrongLane.setLocation(driver.pointIn(search, Lane.BARRIERS));

		assertNull(driver.partOf(search).getCommand(wrongLane));
		driver.settle();
		assertTrue(statusLineShows("A touchpoint goes in the Touchpoints lane, not in Barriers."),
				"the status line says why");

		driver.partOf(search).eraseTargetFeedback(wrongLane); // the pointer leaves, the drag ends
		driver.settle();
		assertTrue(!statusLineShows("A touchpoint goes in the Touchpoints lane, not in Barriers."));
	}

	@Test
	void aTallCardGrabbedByItsLowerHalfLandsInTheLaneUnderThePointer() {
		Step tall = map.getStages().get(0).getSteps().get(0);
		Stage search = map.getStages().get(1);
		GraphicalEditPart card = driver.partOf(tall);
		Rectangle bounds = card.getFigure().getBounds().getCopy();
		card.getFigure().translateToAbsolute(bounds);
		assertTrue(bounds.height > 60, "a tall card: " + bounds);
		Point grab = new Point(bounds.x + 20, bounds.bottom() - 8);
		StageColumnFigure column = (StageColumnFigure) driver.partOf(search).getFigure();
		Rectangle stepsLane = column.laneBounds(Lane.STEPS).getCopy();
		column.translateToAbsolute(stepsLane);
		Point pointer = new Point(stepsLane.x + 30, stepsLane.y + 12);

		ChangeBoundsRequest drag = new ChangeBoundsRequest(RequestConstants.REQ_ADD);
		drag.setEditParts(card);
		drag.setLocation(pointer);
		drag.setMoveDelta(pointer.getTranslated(grab.getNegated()));
		driver.perform(driver.partOf(search), drag);

		assertEquals(search, tall.eContainer());
	}

	@Test
	void anEmotionDroppedHighIsAPositiveFeelingAndDraggingItDownLowersIt() {
		Stage search = map.getStages().get(1);
		CreateRequest create = new CreateRequest();
		create.setFactory(new SimpleFactory(null) {
			@Override
			public Object getNewObject() {
				return org.cjmstudio.model.CjmFactory.eINSTANCE.createEmotion();
			}

			@Override
			public Object getObjectType() {
				return CjmPackage.Literals.EMOTION;
			}
		});
		create.setLocation(pointAtValence(search, 2));
		driver.perform(driver.partOf(search), create);

		Emotion added = search.getEmotions().get(search.getEmotions().size() - 1);
		assertEquals(2, added.getValence());
		assertEquals(Feeling.JOY, added.getFeeling());
		IItemLabelProvider labels = (IItemLabelProvider) driver.editor.getEditingDomain().getAdapterFactory()
				.adapt(added, IItemLabelProvider.class);
		assertEquals("Emotion: joyful (+2) \u00b7 all personas \u00b7 as-is", labels.getText(added),
				"the Outline names the point by its feeling");

		ChangeBoundsRequest down = new ChangeBoundsRequest(RequestConstants.REQ_MOVE);
		down.setEditParts(driver.partOf(added));
		Point to = pointAtValence(search, -2);
		down.setLocation(to);
		down.setMoveDelta(new Point(0, to.y - create.getLocation().y));
		driver.perform(driver.partOf(added), down); // GEF asks the dragged part, which asks its stage
		assertEquals(-2, added.getValence());
		assertNotNull(driver.partOf(added));
	}

	private Point pointAtValence(Stage stage, int valence) {
		StageColumnFigure column = (StageColumnFigure) driver.partOf(stage).getFigure();
		Rectangle lane = column.laneBounds(Lane.EMOTIONS);
		for (int y = lane.y; y < lane.bottom(); y++) {
			Point point = new Point(lane.x + 20, y);
			if (column.valenceAt(point) == valence) {
				Point middle = new Point(point.x, y + 3);
				column.translateToAbsolute(middle);
				return middle;
			}
		}
		throw new AssertionError("no height for valence " + valence);
	}

	private boolean statusLineShows(String message) {
		return Widgets.all(driver.editor.getSite().getShell(), CLabel.class).stream()
				.anyMatch(label -> message.equals(label.getText()));
	}
}
