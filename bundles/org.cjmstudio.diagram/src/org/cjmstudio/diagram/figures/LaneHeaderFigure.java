package org.cjmstudio.diagram.figures;

import java.util.EnumMap;
import java.util.Map;

import org.cjmstudio.diagram.layout.Lane;
import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.graphics.Font;

/** The left column: whose journey it is (the personas) on top, then the name of every lane beside its row. */
public class LaneHeaderFigure extends Figure {

	private final Map<Lane, Integer> laneHeights = new EnumMap<>(Lane.class);
	private String personas = "";

	public LaneHeaderFigure() {
		for (Lane lane : Lane.values()) {
			laneHeights.put(lane, GridMetrics.MIN_LANE_HEIGHT);
		}
	}

	public void setPersonas(String personas) {
		this.personas = personas;
		repaint();
	}

	public String getPersonas() {
		return personas;
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
		graphics.drawText("Persona", bounds.x + GridMetrics.PADDING, bounds.y + 4);
		graphics.setForegroundColor(DiagramColors.HEADER_TEXT);
		graphics.drawText(personas, bounds.x + GridMetrics.PADDING, bounds.y + GridMetrics.PHASE_BAND_HEIGHT + 8);
		int y = bounds.y + GridMetrics.HEADER_HEIGHT;
		Font font = graphics.getFont();
		for (Lane lane : Lane.values()) {
			int height = laneHeights.get(lane);
			graphics.setForegroundColor(DiagramColors.GRID_LINE);
			graphics.drawLine(bounds.x, y - 1, bounds.right(), y - 1);
			graphics.setForegroundColor(DiagramColors.HEADER_TEXT);
			graphics.setFont(font);
			graphics.drawText(lane.title(), bounds.x + GridMetrics.PADDING, y + GridMetrics.PADDING);
			y += height;
		}
		graphics.setForegroundColor(DiagramColors.GRID_LINE);
		graphics.drawLine(bounds.right() - 1, bounds.y, bounds.right() - 1, bounds.bottom());
	}
}
