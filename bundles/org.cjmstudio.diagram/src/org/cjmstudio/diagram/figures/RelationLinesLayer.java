package org.cjmstudio.diagram.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.draw2d.ChopboxAnchor;
import org.eclipse.draw2d.FreeformLayer;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.PointList;
import org.eclipse.draw2d.geometry.Rectangle;

/**
 * The map's relations drawn as lines, from each opportunity to the barriers it addresses and the metrics that
 * measure it. Lives in a layer above the cards that is not printable (a view option, like the frozen headers), and
 * takes no mouse events, so the cards underneath stay clickable. Lines touching the selected card are drawn strong,
 * the others faint and dashed, so a full map stays readable.
 */
public class RelationLinesLayer extends FreeformLayer {

	/** The key of the layer (above the map, below the frozen headers) that holds the lines. */
	public static final String LAYER = "Relation Lines";

	/** One relation: from an opportunity's card to a barrier's or metric's; strong when it touches the selection. */
	public record Line(IFigure from, IFigure to, boolean strong) {
	}

	private static final int ARROW_LENGTH = 9;
	private static final int ARROW_HALF_WIDTH = 4;

	private Supplier<List<Line>> lines = List::of;

	public RelationLinesLayer() {
		setOpaque(false);
	}

	/** Where the lines come from; read at every paint, so the lines follow the cards wherever layout puts them. */
	public void setLines(Supplier<List<Line>> lines) {
		this.lines = lines;
		repaint();
	}

	/** The relations drawn now (tests read them). */
	public List<Line> lines() {
		return lines.get();
	}

	/** Each line's end points in this layer's coordinates, on the border of its two cards. */
	public List<Point[]> segments() {
		List<Point[]> segments = new ArrayList<>();
		for (Line line : lines()) {
			if (line.from().isShowing() && line.to().isShowing()) {
				segments.add(segment(line));
			}
		}
		return segments;
	}

	private Point[] segment(Line line) {
		Point fromCentre = centre(line.from());
		Point toCentre = centre(line.to());
		return new Point[] { border(line.from(), toCentre), border(line.to(), fromCentre) };
	}

	/** The centre of {@code card} in absolute (canvas) coordinates, which the anchors work in. */
	private static Point centre(IFigure card) {
		Rectangle bounds = card.getBounds().getCopy();
		card.translateToAbsolute(bounds);
		return bounds.getCenter();
	}

	/** Where the line towards {@code towards} (absolute) leaves {@code card}'s border, in this layer's coordinates. */
	private Point border(IFigure card, Point towards) {
		Point point = new ChopboxAnchor(card).getLocation(towards);
		translateToRelative(point);
		return point;
	}

	@Override
	protected void paintFigure(Graphics graphics) {
		graphics.setAntialias(org.eclipse.swt.SWT.ON);
		for (Line line : lines()) {
			if (!line.from().isShowing() || !line.to().isShowing()) {
				continue;
			}
			Point[] ends = segment(line);
			graphics.setForegroundColor(line.strong() ? DiagramColors.RELATED : DiagramColors.RELATION_LINE);
			graphics.setBackgroundColor(line.strong() ? DiagramColors.RELATED : DiagramColors.RELATION_LINE);
			graphics.setLineWidth(line.strong() ? 2 : 1);
			graphics.setLineStyle(line.strong() ? Graphics.LINE_SOLID : Graphics.LINE_DASH);
			graphics.drawLine(ends[0], ends[1]);
			graphics.setLineStyle(Graphics.LINE_SOLID);
			graphics.fillPolygon(arrowHead(ends[0], ends[1]));
		}
	}

	/** A small filled triangle at {@code tip}, pointing along the line from {@code tail}. */
	private static PointList arrowHead(Point tail, Point tip) {
		double dx = tip.x - tail.x;
		double dy = tip.y - tail.y;
		double length = Math.max(1, Math.hypot(dx, dy));
		double ux = dx / length;
		double uy = dy / length;
		double baseX = tip.x - ux * ARROW_LENGTH;
		double baseY = tip.y - uy * ARROW_LENGTH;
		PointList head = new PointList(3);
		head.addPoint(tip);
		head.addPoint((int) Math.round(baseX - uy * ARROW_HALF_WIDTH), (int) Math.round(baseY + ux * ARROW_HALF_WIDTH));
		head.addPoint((int) Math.round(baseX + uy * ARROW_HALF_WIDTH), (int) Math.round(baseY - ux * ARROW_HALF_WIDTH));
		return head;
	}
}
