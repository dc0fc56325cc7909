package org.cjmstudio.diagram.figures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cjmstudio.diagram.layout.Lane;
import org.eclipse.draw2d.AbstractLayout;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Rectangle;

/**
 * Places a stage's cards in their lanes: stacked top to bottom in card lanes, and in the emotion lane by the step
 * they are felt at, each at the height of its valence so the markers form the curves ({@link EmotionSlots}). The lane heights themselves come from the grid
 * (every column shares them), see {@link StageColumnFigure#setLaneHeights}.
 */
final class StageColumnLayout extends AbstractLayout {

	private final Map<IFigure, Lane> lanes = new HashMap<>();
	private final StageColumnFigure column;

	StageColumnLayout(StageColumnFigure column) {
		this.column = column;
	}

	@Override
	public void setConstraint(IFigure child, Object constraint) {
		if (constraint instanceof Lane lane) {
			lanes.put(child, lane);
		}
		super.setConstraint(child, constraint);
	}

	@Override
	public Object getConstraint(IFigure child) {
		return lanes.get(child);
	}

	@Override
	public void remove(IFigure child) {
		lanes.remove(child);
		super.remove(child);
	}

	/** The height a lane needs to show this column's cards without overlap. */
	int preferredHeight(Lane lane) {
		if (lane == Lane.EMOTIONS) {
			return GridMetrics.EMOTION_LANE_HEIGHT;
		}
		if (lane == Lane.EVIDENCE) {
			return GridMetrics.EVIDENCE_LANE_HEIGHT;
		}
		int height = GridMetrics.PADDING;
		for (IFigure card : cardsIn(lane)) {
			height += card.getPreferredSize().height + GridMetrics.CARD_GAP;
		}
		return Math.max(GridMetrics.MIN_LANE_HEIGHT, height + GridMetrics.PADDING);
	}

	/** How wide the emotion lane needs to be: one slot per step felt at, each as wide as its fanned-out points. */
	int emotionLaneWidth() {
		int width = 0;
		for (EmotionSlots.Slot slot : emotionSlots().slots()) {
			width += slot.width();
		}
		return width;
	}

	private EmotionSlots emotionSlots() {
		List<EmotionMarkerFigure> markers = new ArrayList<>();
		for (Object child : column.getChildren()) {
			if (child instanceof EmotionMarkerFigure marker && marker.isVisible() && lanes.get(marker) == Lane.EMOTIONS) {
				markers.add(marker);
			}
		}
		return new EmotionSlots(markers);
	}

	@Override
	protected Dimension calculatePreferredSize(IFigure container, int wHint, int hHint) {
		int height = GridMetrics.HEADER_HEIGHT;
		for (Lane lane : Lane.values()) {
			height += preferredHeight(lane);
		}
		return new Dimension(column.preferredWidth(), height);
	}

	@Override
	public void layout(IFigure container) {
		Map<Lane, Integer> nextY = new HashMap<>();
		int x = column.getBounds().x + GridMetrics.PADDING;
		emotionSlots().place(x, column.laneBounds(Lane.EMOTIONS));
		for (Object child : container.getChildren()) {
			IFigure card = (IFigure) child;
			Lane lane = lanes.get(card);
			if (lane == null || lane == Lane.EMOTIONS) {
				continue;
			}
			Rectangle laneBounds = column.laneBounds(lane);
			Dimension size = card.getPreferredSize();
			int y = nextY.getOrDefault(lane, laneBounds.y + GridMetrics.PADDING);
			card.setBounds(new Rectangle(x, y, size.width, size.height));
			nextY.put(lane, y + size.height + GridMetrics.CARD_GAP);
		}
	}

	private List<IFigure> cardsIn(Lane lane) {
		return lanes.entrySet().stream().filter(entry -> entry.getValue() == lane).map(Map.Entry::getKey)
				.filter(IFigure::isVisible).toList();
	}
}
