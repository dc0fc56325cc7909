package org.cjmstudio.diagram.figures;

import java.util.HashMap;
import java.util.Map;

import org.cjmstudio.diagram.layout.Lane;
import org.eclipse.draw2d.AbstractLayout;
import org.eclipse.draw2d.FigureUtilities;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Rectangle;

/**
 * Lays out the journey as a grid computed from the content, not from stored coordinates: the persona band across the
 * top, below it the lane header column, then the stage columns left to right. Each lane is as tall as its fullest
 * cell in any stage, so lanes line up; each column is as wide as its content needs. The emotion curve spans the
 * whole grid.
 */
final class JourneyGridLayout extends AbstractLayout {

	private final JourneyGridFigure grid;

	JourneyGridLayout(JourneyGridFigure grid) {
		this.grid = grid;
	}

	@Override
	protected Dimension calculatePreferredSize(IFigure container, int wHint, int hHint) {
		Map<Lane, Integer> heights = laneHeights();
		int width = gridWidth();
		return new Dimension(width, bandHeight(width) + GridMetrics.CARD_GAP + totalHeight(heights));
	}

	private int gridWidth() {
		int width = GridMetrics.LANE_HEADER_WIDTH;
		for (StageColumnFigure column : grid.columns()) {
			width += column.preferredWidth();
		}
		return width;
	}

	private int bandHeight(int width) {
		PersonaBandFigure band = grid.personaBand();
		return band == null ? 0 : band.preferredSizeFor(width).height;
	}

	@Override
	public void layout(IFigure container) {
		Map<Lane, Integer> heights = laneHeights();
		int height = totalHeight(heights);
		Rectangle whole = container.getClientArea();
		int gridWidth = gridWidth();
		int band = bandHeight(gridWidth);
		if (grid.personaBand() != null) {
			grid.personaBand().setBounds(new Rectangle(whole.x, whole.y, gridWidth, band));
		}
		// everything else sits below the band, as if the grid started there
		Rectangle area = new Rectangle(whole.x, whole.y + band + GridMetrics.CARD_GAP, whole.width,
				whole.height - band - GridMetrics.CARD_GAP);
		int x = area.x;
		int y = area.y;
		grid.laneHeader().setLaneHeights(heights);
		grid.laneHeader().setBounds(new Rectangle(x, y, GridMetrics.LANE_HEADER_WIDTH, height));
		x += GridMetrics.LANE_HEADER_WIDTH;
		for (StageColumnFigure column : grid.columns()) {
			column.setLaneHeights(heights);
			int width = column.preferredWidth();
			column.setBounds(new Rectangle(x, y, width, height));
			x += width;
		}
		grid.emotionCurve().setBounds(new Rectangle(area.x, area.y, x - area.x, height));
		grid.emotionCurve().markersMoved();
		placeLegend(area, heights);
	}

	/** The curves' legend sits in the lane header beside the emotion lane, under the lane's name. */
	private void placeLegend(Rectangle area, Map<Lane, Integer> heights) {
		int y = area.y + GridMetrics.HEADER_HEIGHT;
		for (Lane lane : Lane.values()) {
			if (lane == Lane.EMOTIONS) {
				break;
			}
			y += heights.get(lane);
		}
		int titleHeight = FigureUtilities.getFontMetrics(grid.getFont()).getHeight() + GridMetrics.PADDING + 4;
		grid.curveLegend().setBounds(new Rectangle(area.x + GridMetrics.PADDING, y + titleHeight,
				GridMetrics.LANE_HEADER_WIDTH - 2 * GridMetrics.PADDING,
				heights.get(Lane.EMOTIONS) - titleHeight - GridMetrics.PADDING));
	}

	private Map<Lane, Integer> laneHeights() {
		Map<Lane, Integer> heights = new HashMap<>();
		for (Lane lane : Lane.values()) {
			int height = lane == Lane.EMOTIONS ? GridMetrics.EMOTION_LANE_HEIGHT
					: lane == Lane.EVIDENCE ? GridMetrics.EVIDENCE_LANE_HEIGHT : GridMetrics.MIN_LANE_HEIGHT;
			for (StageColumnFigure column : grid.columns()) {
				height = Math.max(height, column.preferredLaneHeight(lane));
			}
			heights.put(lane, height);
		}
		return heights;
	}

	private static int totalHeight(Map<Lane, Integer> heights) {
		int height = GridMetrics.HEADER_HEIGHT;
		for (int laneHeight : heights.values()) {
			height += laneHeight;
		}
		return height;
	}
}
