package org.cjmstudio.diagram.figures;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cjmstudio.diagram.layout.Lane;
import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.FigureUtilities;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.graphics.Font;

/**
 * The left column: what the header rows above the lanes hold (phase, stage), then the name of every lane beside its
 * row, with a count of the lane's cards that sit in no stage. The personas have a band of their own above.
 */
public class LaneHeaderFigure extends Figure {

	private final Map<Lane, Integer> laneHeights = new HashMap<>();
	private final Map<Lane, List<String>> unplaced = new HashMap<>();

	public LaneHeaderFigure() {
		for (Lane lane : Lane.values()) {
			laneHeights.put(lane, GridMetrics.MIN_LANE_HEIGHT);
		}
	}

	/**
	 * Cards of a lane that belong to no stage (an opportunity or metric without one): the header says how many, and
	 * names them in its tool tip, rather than leaving them off the map unseen.
	 */
	public void setUnplaced(Lane lane, List<String> titles) {
		if (titles.isEmpty()) {
			unplaced.remove(lane);
		} else {
			unplaced.put(lane, List.copyOf(titles));
		}
		updateToolTip();
		repaint();
	}

	public List<String> getUnplaced(Lane lane) {
		return unplaced.getOrDefault(lane, List.of());
	}

	private void updateToolTip() {
		StringBuilder text = new StringBuilder();
		for (Lane lane : Lane.values()) { // top to bottom, as the lanes are drawn
			if (unplaced.containsKey(lane)) {
				text.append(text.isEmpty() ? "" : "\n\n").append(lane.title()).append(" in no stage:\n")
						.append(String.join("\n", unplaced.get(lane)));
			}
		}
		setToolTip(text.isEmpty() ? null : new Label(text.toString()));
	}

	void setLaneHeights(Map<Lane, Integer> heights) {
		laneHeights.putAll(heights);
		repaint();
	}

	@Override
	protected void paintFigure(Graphics graphics) {
		Rectangle bounds = getBounds();
		graphics.setBackgroundColor(DiagramColors.LANE_BACKGROUND_ALTERNATE);
		graphics.fillRectangle(bounds);
		graphics.setForegroundColor(DiagramColors.SECONDARY_TEXT);
		graphics.drawText("Phase", bounds.x + GridMetrics.PADDING, bounds.y + 4);
		graphics.drawText("Stage", bounds.x + GridMetrics.PADDING, bounds.y + GridMetrics.PHASE_BAND_HEIGHT + 8);
		Font font = graphics.getFont();
		int y = bounds.y + GridMetrics.HEADER_HEIGHT;
		for (Lane lane : Lane.values()) {
			int height = laneHeights.get(lane);
			graphics.setForegroundColor(DiagramColors.GRID_LINE);
			graphics.drawLine(bounds.x, y - 1, bounds.right(), y - 1);
			graphics.setForegroundColor(DiagramColors.HEADER_TEXT);
			graphics.setFont(font);
			graphics.drawText(lane.title(), bounds.x + GridMetrics.PADDING, y + GridMetrics.PADDING);
			if (unplaced.containsKey(lane)) {
				graphics.setForegroundColor(DiagramColors.SECONDARY_TEXT);
				graphics.drawText(unplaced.get(lane).size() + " in no stage", bounds.x + GridMetrics.PADDING,
						y + GridMetrics.PADDING + FigureUtilities.getFontMetrics(font).getHeight() + 2);
			}
			y += height;
		}
		graphics.setForegroundColor(DiagramColors.GRID_LINE);
		graphics.drawLine(bounds.right() - 1, bounds.y, bounds.right() - 1, bounds.bottom());
	}
}
