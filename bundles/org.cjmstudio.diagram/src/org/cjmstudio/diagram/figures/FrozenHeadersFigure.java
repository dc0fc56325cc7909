package org.cjmstudio.diagram.figures;

import org.cjmstudio.diagram.layout.Lane;
import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.geometry.Rectangle;

/**
 * Frozen panes, as in a spreadsheet: while the map scrolls, the stage names (with their phases) stay at the top of the
 * editor and the lane names (with the curves' legend) at its left. Lives in a layer above the map that is not
 * printed, so pictures of the map are unchanged; paints only what the scroll position has moved out of view.
 */
public class FrozenHeadersFigure extends Figure {

	/** The key of the layer (above the map, not printable) that holds this figure. */
	public static final String LAYER = "Frozen Headers";

	private final JourneyGridFigure grid;

	public FrozenHeadersFigure(JourneyGridFigure grid) {
		this.grid = grid;
		setOpaque(false);
	}

	/** The visible part of the map, in the map's coordinates at 100 %; the figure covers exactly that. */
	public void setVisibleArea(Rectangle visible) {
		if (!visible.equals(getBounds())) {
			setBounds(visible);
		}
		repaint();
	}

	/** Whether the stage names are frozen: the map has scrolled down past them. */
	public boolean freezesStageRow() {
		return !grid.columns().isEmpty() && getBounds().y > grid.columns().get(0).getBounds().y;
	}

	/** Whether the lane names are frozen: the map has scrolled right past them. */
	public boolean freezesLaneColumn() {
		return getBounds().x > grid.laneHeader().getBounds().x;
	}

	/** Only the frozen strips take the mouse: a click there is on the map, not on a card scrolled underneath. */
	@Override
	public boolean containsPoint(int x, int y) {
		return super.containsPoint(x, y) && (freezesStageRow() && y < getBounds().y + GridMetrics.HEADER_HEIGHT
				|| freezesLaneColumn() && x < getBounds().x + GridMetrics.LANE_HEADER_WIDTH);
	}

	@Override
	protected void paintFigure(Graphics graphics) {
		Rectangle visible = getBounds();
		boolean stageRow = freezesStageRow();
		boolean laneColumn = freezesLaneColumn();
		if (stageRow) {
			for (StageColumnFigure column : grid.columns()) {
				column.paintHeader(graphics, visible.y);
			}
		}
		if (laneColumn) {
			paintLaneNames(graphics, visible.x);
		}
		if (stageRow && laneColumn) {
			graphics.setBackgroundColor(DiagramColors.LANE_BACKGROUND_ALTERNATE);
			graphics.fillRectangle(visible.x, visible.y, GridMetrics.LANE_HEADER_WIDTH, GridMetrics.HEADER_HEIGHT);
			graphics.setForegroundColor(DiagramColors.GRID_LINE);
			graphics.drawRectangle(visible.x, visible.y, GridMetrics.LANE_HEADER_WIDTH - 1,
					GridMetrics.HEADER_HEIGHT - 1);
		}
	}

	/** The lane names beside their rows, and the curves' legend beside the emotion lane. */
	private void paintLaneNames(Graphics graphics, int left) {
		if (grid.columns().isEmpty()) {
			return;
		}
		StageColumnFigure first = grid.columns().get(0);
		Rectangle header = grid.laneHeader().getBounds();
		graphics.setBackgroundColor(DiagramColors.LANE_BACKGROUND_ALTERNATE);
		graphics.fillRectangle(left, header.y, GridMetrics.LANE_HEADER_WIDTH, header.height);
		for (Lane lane : Lane.values()) { // the installed lanes, ours and the plugins', top to bottom
			Rectangle row = first.laneBounds(lane);
			graphics.setForegroundColor(DiagramColors.GRID_LINE);
			graphics.drawLine(left, row.y - 1, left + GridMetrics.LANE_HEADER_WIDTH, row.y - 1);
			graphics.setForegroundColor(DiagramColors.HEADER_TEXT);
			graphics.drawText(lane.title(), left + GridMetrics.PADDING, row.y + GridMetrics.PADDING);
		}
		Rectangle legend = grid.curveLegend().getBounds().getCopy();
		legend.x = left + GridMetrics.PADDING;
		grid.curveLegend().paintInto(graphics, legend);
		graphics.setForegroundColor(DiagramColors.GRID_LINE);
		graphics.drawLine(left + GridMetrics.LANE_HEADER_WIDTH - 1, header.y, left + GridMetrics.LANE_HEADER_WIDTH - 1,
				header.bottom());
	}
}
