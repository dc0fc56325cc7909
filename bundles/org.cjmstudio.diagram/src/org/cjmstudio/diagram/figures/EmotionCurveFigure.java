package org.cjmstudio.diagram.figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.cjmstudio.diagram.layout.Lane;
import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.geometry.PointList;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.SWT;

/**
 * The emotion curves: one polyline per persona and state (as-is solid, to-be dashed) in the persona's colour, across
 * all stages through the curve's points in journey order, over a dashed zero line. It lies under the stage columns'
 * cards, so the faces are drawn above the lines, and lets every mouse event through.
 */
public class EmotionCurveFigure extends Figure {

	private final Supplier<List<StageColumnFigure>> columns;
	private final Supplier<List<EmotionMarkerFigure>> markers;
	private List<Series> curves;

	/** One curve and its points, in the grid's coordinates. */
	public record Series(EmotionMarkerFigure.Curve curve, PointList points) {
	}

	/** Columns and markers in journey order, as the map's edit part knows them. */
	public EmotionCurveFigure(Supplier<List<StageColumnFigure>> columns, Supplier<List<EmotionMarkerFigure>> markers) {
		this.columns = columns;
		this.markers = markers;
	}

	/** The curves, each with one point per emotion marker on it, in the order their first point appears. */
	public List<Series> curves() {
		if (curves == null) {
			Map<Object, Series> byKey = new LinkedHashMap<>();
			for (EmotionMarkerFigure marker : markers.get()) {
				if (marker.isVisible()) {
					byKey.computeIfAbsent(marker.getCurve().key(), key -> new Series(marker.getCurve(),
							new PointList())).points().addPoint(marker.faceCenter());
				}
			}
			curves = new ArrayList<>(byKey.values());
		}
		return curves;
	}

	/** All curves' points together. */
	public int pointCount() {
		return curves().stream().mapToInt(series -> series.points().size()).sum();
	}

	/**
	 * Forgets the points: the grid calls this whenever it lays out, since any marker that moved made the grid lay
	 * out first, and a marker's edit part when its persona or state changes. Computing them once per layout instead
	 * of on every paint matters: the outline's overview repaints the map tile by tile, and a large map has thousands
	 * of markers.
	 */
	public void markersMoved() {
		curves = null;
		repaint();
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
		graphics.setLineWidth(1);
		for (StageColumnFigure column : columns.get()) {
			Rectangle lane = column.laneBounds(Lane.EMOTIONS);
			int zeroY = lane.y + lane.height / 2;
			graphics.drawLine(lane.x, zeroY, lane.right(), zeroY);
		}
		graphics.setLineWidth(2);
		for (Series series : curves()) {
			if (series.points().size() > 1) {
				graphics.setForegroundColor(series.curve().color());
				graphics.setLineStyle(series.curve().toBe() ? SWT.LINE_DASH : SWT.LINE_SOLID);
				graphics.drawPolyline(series.points());
			}
		}
		graphics.setLineStyle(SWT.LINE_SOLID);
		graphics.setLineWidth(1);
	}
}
