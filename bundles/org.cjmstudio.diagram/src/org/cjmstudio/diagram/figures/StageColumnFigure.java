package org.cjmstudio.diagram.figures;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cjmstudio.diagram.layout.Lane;
import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;

/**
 * One stage of the journey as a column: the phase band and stage name on top, then one cell per lane holding the
 * stage's cards (children of this figure, constrained by {@link Lane}). The grid tells every column the same lane
 * heights so the lanes line up across stages.
 */
public class StageColumnFigure extends Figure {

	private final StageColumnLayout layout = new StageColumnLayout(this);
	private final Map<Lane, Integer> laneHeights = new HashMap<>();
	private String name = "";
	private String phase = "";
	private Color phaseColor = DiagramColors.LANE_BACKGROUND;
	private String evidenceSummary = "";
	private List<String> warnings = List.of();

	public StageColumnFigure() {
		setLayoutManager(layout);
		for (Lane lane : Lane.values()) {
			laneHeights.put(lane, layout.preferredHeight(lane));
		}
	}

	public void setStage(String name, String phase, Color phaseColor) {
		this.name = name == null || name.isBlank() ? "(unnamed stage)" : name;
		this.phase = phase;
		this.phaseColor = phaseColor;
		repaint();
	}

	public String getStageName() {
		return name;
	}

	/** The colour of the phase band above the stage name. */
	public Color getPhaseColor() {
		return phaseColor;
	}

	public void setEvidenceSummary(String summary) {
		evidenceSummary = summary;
		repaint();
	}

	public String getEvidenceSummary() {
		return evidenceSummary;
	}

	/** The evidence summary as the lane shows it: wrapped between its counts, as many lines as the lane holds. */
	public List<String> evidenceLines(Font font, int lineHeight) {
		int lines = Math.max(1, (GridMetrics.EVIDENCE_LANE_HEIGHT - GridMetrics.PADDING) / lineHeight);
		return Ellipsis.wrapParts(evidenceSummary, font, getBounds().width - 2 * GridMetrics.PADDING, lines);
	}

	public void setWarnings(List<String> messages) {
		warnings = List.copyOf(messages);
		setToolTip(WarningMarker.toolTip(messages));
		repaint();
	}

	public boolean isFlagged() {
		return !warnings.isEmpty();
	}

	/** Columns widen with the steps felt at and the points fanned out there, so the curves never crowd. */
	public int preferredWidth() {
		return Math.max(GridMetrics.MIN_COLUMN_WIDTH, layout.emotionLaneWidth() + 2 * GridMetrics.PADDING);
	}

	int preferredLaneHeight(Lane lane) {
		return layout.preferredHeight(lane);
	}

	/** Called by the grid before it lays the column out. */
	void setLaneHeights(Map<Lane, Integer> heights) {
		if (!laneHeights.equals(heights)) {
			laneHeights.putAll(heights);
			revalidate();
		}
	}

	public Rectangle laneBounds(Lane lane) {
		int y = getBounds().y + GridMetrics.HEADER_HEIGHT;
		for (Lane each : Lane.values()) {
			if (each == lane) {
				break;
			}
			y += laneHeights.get(each);
		}
		return new Rectangle(getBounds().x, y, getBounds().width, laneHeights.get(lane));
	}

	/** The lane under {@code point} (in this figure's coordinates), or null above the first lane. */
	public Lane laneAt(Point point) {
		for (Lane lane : Lane.values()) {
			Rectangle bounds = laneBounds(lane);
			if (point.y >= bounds.y && point.y < bounds.bottom()) {
				return lane;
			}
		}
		return point.y >= getBounds().y + GridMetrics.HEADER_HEIGHT ? Lane.EVIDENCE : null;
	}

	/**
	 * The valence a point in the emotion lane stands for (figure coordinates): a marker at that valence would sit
	 * there, see {@link StageColumnLayout}.
	 */
	public int valenceAt(Point point) {
		Rectangle lane = laneBounds(Lane.EMOTIONS);
		double usable = lane.height - 2 * GridMetrics.PADDING - EmotionMarkerFigure.SIZE;
		double fromTop = point.y - (lane.y + GridMetrics.PADDING + EmotionMarkerFigure.SIZE / 2.0);
		int steps = (int) Math.round(fromTop * 6 / usable);
		return Math.max(-3, Math.min(3, 3 - steps));
	}

	/** Where the stage name is drawn: direct edit of the name covers it. */
	public Rectangle nameBounds() {
		Rectangle bounds = getBounds();
		return new Rectangle(bounds.x + 4, bounds.y + GridMetrics.PHASE_BAND_HEIGHT + 6, bounds.width - 8,
				GridMetrics.HEADER_HEIGHT - GridMetrics.PHASE_BAND_HEIGHT - 12);
	}

	@Override
	protected void paintFigure(Graphics graphics) {
		// The lanes' backgrounds are the grid's, painted under the emotion curves; the column paints what is on top.
		Rectangle bounds = getBounds();
		paintHeader(graphics, bounds.y);
		Rectangle evidence = laneBounds(Lane.EVIDENCE);
		graphics.setForegroundColor(DiagramColors.SECONDARY_TEXT);
		int lineHeight = graphics.getFontMetrics().getHeight();
		int y = evidence.y + GridMetrics.PADDING / 2;
		for (String line : evidenceLines(graphics.getFont(), lineHeight)) {
			graphics.drawText(line, evidence.x + GridMetrics.PADDING, y);
			y += lineHeight;
		}
		paintGridLines(graphics, bounds);
	}

	/**
	 * Paints the column's header, the phase band and the stage name, with its top at {@code top}: in place, and in
	 * the frozen header row that stays at the top of the editor while the map scrolls.
	 */
	public void paintHeader(Graphics graphics, int top) {
		Rectangle bounds = getBounds();
		graphics.setBackgroundColor(DiagramColors.CARD_BACKGROUND);
		graphics.fillRectangle(bounds.x, top, bounds.width, GridMetrics.HEADER_HEIGHT);
		graphics.setBackgroundColor(phaseColor);
		graphics.fillRectangle(bounds.x, top, bounds.width, GridMetrics.PHASE_BAND_HEIGHT);
		graphics.setForegroundColor(DiagramColors.SECONDARY_TEXT);
		graphics.drawText(phase, bounds.x + 6, top + 3);
		graphics.setForegroundColor(DiagramColors.HEADER_TEXT);
		Rectangle nameArea = nameBounds().getTranslated(0, top - bounds.y);
		graphics.drawText(Ellipsis.fit(name, graphics.getFont(), nameArea.width - WarningMarker.SIZE - 6),
				nameArea.x + 2, nameArea.y + 2);
		if (isFlagged()) {
			WarningMarker.paint(graphics, new Rectangle(bounds.x, top + GridMetrics.PHASE_BAND_HEIGHT,
					bounds.width, GridMetrics.HEADER_HEIGHT - GridMetrics.PHASE_BAND_HEIGHT));
		}
		graphics.setForegroundColor(DiagramColors.GRID_LINE);
		graphics.drawLine(bounds.right() - 1, top, bounds.right() - 1, top + GridMetrics.HEADER_HEIGHT);
		graphics.drawLine(bounds.x, top + GridMetrics.HEADER_HEIGHT - 1, bounds.right(),
				top + GridMetrics.HEADER_HEIGHT - 1);
	}

	private void paintGridLines(Graphics graphics, Rectangle bounds) {
		graphics.setForegroundColor(DiagramColors.GRID_LINE);
		graphics.setLineStyle(SWT.LINE_SOLID);
		graphics.drawLine(bounds.right() - 1, bounds.y, bounds.right() - 1, bounds.bottom());
		graphics.drawLine(bounds.x, bounds.y + GridMetrics.HEADER_HEIGHT - 1, bounds.right(),
				bounds.y + GridMetrics.HEADER_HEIGHT - 1);
		for (Lane lane : Lane.values()) {
			Rectangle laneBounds = laneBounds(lane);
			graphics.drawLine(laneBounds.x, laneBounds.bottom() - 1, laneBounds.right(), laneBounds.bottom() - 1);
		}
	}
}
