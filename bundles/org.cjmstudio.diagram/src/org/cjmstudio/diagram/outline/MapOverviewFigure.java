package org.cjmstudio.diagram.outline;

import java.util.function.Supplier;

import org.cjmstudio.diagram.figures.CardFigure;
import org.cjmstudio.diagram.figures.DiagramColors;
import org.cjmstudio.diagram.figures.EmotionCurveFigure;
import org.cjmstudio.diagram.figures.EmotionMarkerFigure;
import org.cjmstudio.diagram.figures.GridMetrics;
import org.cjmstudio.diagram.figures.JourneyGridFigure;
import org.cjmstudio.diagram.figures.StageColumnFigure;
import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.MouseEvent;
import org.eclipse.draw2d.MouseListener;
import org.eclipse.draw2d.MouseMotionListener;
import org.eclipse.draw2d.Viewport;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.PointList;
import org.eclipse.draw2d.geometry.Rectangle;

/**
 * The Outline's overview of the whole map: a plan of it, drawn from the editor's figures' bounds and colours (the
 * phase bands, every card as a coloured block, the faces and curves), with the part the editor shows framed; click or
 * drag to move the editor there. It replaces GEF's thumbnail, which repainted the whole diagram, text and all, tile by
 * tile after every edit (about 400 ms of UI work per edit on a 2,000-card map); this plan costs a few milliseconds.
 */
final class MapOverviewFigure extends Figure {

	private static final int MARGIN = 4;

	private final Supplier<JourneyGridFigure> grid;
	private final Viewport viewport;
	private final Supplier<Double> zoom;

	MapOverviewFigure(Supplier<JourneyGridFigure> grid, Viewport viewport, Supplier<Double> zoom) {
		this.grid = grid;
		this.viewport = viewport;
		this.zoom = zoom;
		setOpaque(true);
		setBackgroundColor(DiagramColors.CARD_BACKGROUND);
		MoveView mouse = new MoveView();
		addMouseListener(mouse);
		addMouseMotionListener(mouse);
	}

	/** The map's area at 100 %, or null while there is none. */
	private Rectangle mapArea() {
		JourneyGridFigure map = grid.get();
		if (map == null || map.columns().isEmpty()) {
			return null;
		}
		Rectangle area = map.laneHeader().getBounds().getCopy();
		for (StageColumnFigure column : map.columns()) {
			area.union(column.getBounds());
		}
		return area;
	}

	private double scale(Rectangle area) {
		Rectangle inside = getClientArea().getCopy().shrink(MARGIN, MARGIN);
		return Math.min(inside.width / (double) area.width, inside.height / (double) area.height);
	}

	private int x(double mapX, Rectangle area, double scale) {
		return getClientArea().x + MARGIN + (int) Math.round((mapX - area.x) * scale);
	}

	private int y(double mapY, Rectangle area, double scale) {
		return getClientArea().y + MARGIN + (int) Math.round((mapY - area.y) * scale);
	}

	private Rectangle onOverview(Rectangle bounds, Rectangle area, double scale) {
		int left = x(bounds.x, area, scale);
		int top = y(bounds.y, area, scale);
		return new Rectangle(left, top, Math.max(1, x(bounds.right(), area, scale) - left),
				Math.max(1, y(bounds.bottom(), area, scale) - top));
	}

	@Override
	protected void paintFigure(Graphics graphics) {
		super.paintFigure(graphics);
		Rectangle area = mapArea();
		if (area == null) {
			return;
		}
		double scale = scale(area);
		JourneyGridFigure map = grid.get();
		graphics.setBackgroundColor(DiagramColors.LANE_BACKGROUND_ALTERNATE);
		graphics.fillRectangle(onOverview(area, area, scale));
		for (StageColumnFigure column : map.columns()) {
			Rectangle band = column.getBounds().getCopy();
			band.height = GridMetrics.HEADER_HEIGHT;
			graphics.setBackgroundColor(column.getPhaseColor());
			graphics.fillRectangle(onOverview(band, area, scale));
			graphics.setForegroundColor(DiagramColors.GRID_LINE);
			graphics.drawRectangle(onOverview(column.getBounds(), area, scale).resize(-1, -1));
			for (Object child : column.getChildren()) {
				paintCard(graphics, child, area, scale);
			}
		}
		paintCurves(graphics, map.emotionCurve(), area, scale);
		paintVisibleArea(graphics, area, scale);
	}

	private void paintCard(Graphics graphics, Object child, Rectangle area, double scale) {
		if (child instanceof CardFigure card) {
			Rectangle block = onOverview(card.getBounds(), area, scale);
			graphics.setBackgroundColor(card.getTeamColor() != null ? card.getTeamColor() : DiagramColors.CARD_BORDER);
			graphics.fillRectangle(block);
			graphics.setBackgroundColor(card.getAccent());
			graphics.fillRectangle(block.x, block.y, Math.max(1, block.width / 8), block.height);
		} else if (child instanceof EmotionMarkerFigure marker) {
			graphics.setBackgroundColor(DiagramColors.valence(marker.getValence()));
			graphics.fillRectangle(onOverview(marker.getFaceBounds(), area, scale));
		}
	}

	private void paintCurves(Graphics graphics, EmotionCurveFigure curves, Rectangle area, double scale) {
		for (EmotionCurveFigure.Series series : curves.curves()) {
			PointList points = new PointList();
			for (int i = 0; i < series.points().size(); i++) {
				Point point = series.points().getPoint(i);
				points.addPoint(x(point.x, area, scale), y(point.y, area, scale));
			}
			graphics.setForegroundColor(series.curve().color());
			graphics.drawPolyline(points);
		}
	}

	/** The frame around what the editor shows: its scroll position and size, at its zoom. */
	private void paintVisibleArea(Graphics graphics, Rectangle area, double scale) {
		double factor = zoom.get();
		Point location = viewport.getViewLocation();
		Rectangle visible = new Rectangle((int) (location.x / factor), (int) (location.y / factor),
				(int) (viewport.getClientArea().width / factor), (int) (viewport.getClientArea().height / factor));
		graphics.setForegroundColor(DiagramColors.RELATED);
		graphics.setLineWidth(2);
		graphics.drawRectangle(onOverview(visible.intersect(area.getCopy().expand(1000, 1000)), area, scale)
				.resize(-1, -1));
		graphics.setLineWidth(1);
	}

	/** A click or drag on the overview moves the editor's view so the point is in its middle. */
	private final class MoveView extends MouseMotionListener.Stub implements MouseListener {

		@Override
		public void mousePressed(MouseEvent event) {
			moveTo(event.getLocation());
			event.consume();
		}

		@Override
		public void mouseDragged(MouseEvent event) {
			moveTo(event.getLocation());
		}

		@Override
		public void mouseReleased(MouseEvent event) {
			// the view moved while the button was down
		}

		@Override
		public void mouseDoubleClicked(MouseEvent event) {
			// a double click is two clicks here
		}

		private void moveTo(Point point) {
			Rectangle area = mapArea();
			if (area == null) {
				return;
			}
			double scale = scale(area);
			double mapX = area.x + (point.x - getClientArea().x - MARGIN) / scale;
			double mapY = area.y + (point.y - getClientArea().y - MARGIN) / scale;
			double factor = zoom.get();
			viewport.setViewLocation((int) (mapX * factor - viewport.getClientArea().width / 2.0),
					(int) (mapY * factor - viewport.getClientArea().height / 2.0));
		}
	}
}
