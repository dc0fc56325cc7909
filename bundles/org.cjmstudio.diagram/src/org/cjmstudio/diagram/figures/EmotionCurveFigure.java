package org.cjmstudio.diagram.figures;

import java.util.List;
import java.util.function.Supplier;

import org.cjmstudio.diagram.layout.Lane;
import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.geometry.PointList;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.SWT;

/**
 * The emotion curve: a polyline across all stages through the emotion markers, in journey order, over a dashed
 * zero line. It is drawn above the columns but lets every mouse event through to the cards below.
 */
public class EmotionCurveFigure extends Figure {

	private final Supplier<List<StageColumnFigure>> columns;
	private final Supplier<List<EmotionMarkerFigure>> markers;
	private PointList points;

	/** Columns and markers in journey order, as the map's edit part knows them. */
	public EmotionCurveFigure(Supplier<List<StageColumnFigure>> columns, Supplier<List<EmotionMarkerFigure>> markers) {
		this.columns = columns;
		this.markers = markers;
	}

	/** The curve's points, in the grid's coordinates: one per emotion marker. */
	public PointList points() {
		if (points == null) {
			points = new PointList();
			for (EmotionMarkerFigure marker : markers.get()) {
				if (marker.isVisible()) {
					points.addPoint(marker.getBounds().getCenter());
				}
			}
		}
		return points;
	}

	/**
	 * Forgets the points: the grid calls this whenever it lays out, since any marker that moved made the grid lay
	 * out first. Computing them once per layout instead of on every paint matters: the outline's overview repaints
	 * the map tile by tile, and a large map has thousands of markers.
	 */
	void markersMoved() {
		points = null;
	}

	@Override
	public boolean containsPoint(int x, int y) {
		return false;
	}

	@Override
	protected void paintFigure(Graphics graphics) {
		graphics.setAntialias(SWT.ON);
		graphics.setForegroundColor(DiagramColors.ZERO_LINE);
		graphics.setLineStyle(SWT.LINE_DASH);
		for (StageColumnFigure column : columns.get()) {
			Rectangle lane = column.laneBounds(Lane.EMOTIONS);
			int zeroY = lane.y + lane.height / 2;
			graphics.drawLine(lane.x, zeroY, lane.right(), zeroY);
		}
		graphics.setLineStyle(SWT.LINE_SOLID);
		PointList curve = points();
		if (curve.size() > 1) {
			graphics.setForegroundColor(DiagramColors.CURVE);
			graphics.setLineWidth(2);
			graphics.drawPolyline(curve);
			graphics.setLineWidth(1);
		}
	}
}
