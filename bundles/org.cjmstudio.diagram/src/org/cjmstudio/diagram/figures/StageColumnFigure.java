package org.cjmstudio.diagram.figures;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.cjmstudio.diagram.layout.Lane;
import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/**
 * One stage of the journey as a column: the phase band and stage name on top, then one cell per lane holding the
 * stage's cards (children of this figure, constrained by {@link Lane}). The grid tells every column the same lane
 * heights so the lanes line up across stages.
 */
public class StageColumnFigure extends Figure {

	private final StageColumnLayout layout = new StageColumnLayout(this);
	private final Map<Lane, Integer> laneHeights = new EnumMap<>(Lane.class);
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

	public void setEvidenceSummary(String summary) {
		evidenceSummary = summary;
		repaint();
	}

	public String getEvidenceSummary() {
		return evidenceSummary;
	}

	public void setWarnings(List<String> messages) {
		warnings = List.copyOf(messages);
		setToolTip(WarningMarker.toolTip(messages));
		repaint();
	}

	public boolean isFlagged() {
		return !warnings.isEmpty();
	}

	/** Columns widen with the number of emotion points, so the curve never crowds. */
	public int preferredWidth() {
		return Math.max(GridMetrics.MIN_COLUMN_WIDTH,
				layout.emotionCount() * GridMetrics.EMOTION_SPACING + 2 * GridMetrics.PADDING);
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

	/** Where the stage name is drawn: direct edit of the name covers it. */
	public Rectangle nameBounds() {
		Rectangle bounds = getBounds();
		return new Rectangle(bounds.x + 4, bounds.y + GridMetrics.PHASE_BAND_HEIGHT + 6, bounds.width - 8,
				GridMetrics.HEADER_HEIGHT - GridMetrics.PHASE_BAND_HEIGHT - 12);
	}

	@Override
	protected void paintFigure(Graphics graphics) {
		Rectangle bounds = getBounds();
		int index = 0;
		for (Lane lane : Lane.values()) {
			graphics.setBackgroundColor(index++ % 2 == 0 ? DiagramColors.LANE_BACKGROUND
					: DiagramColors.LANE_BACKGROUND_ALTERNATE);
			graphics.fillRectangle(laneBounds(lane));
		}
		graphics.setBackgroundColor(phaseColor);
		graphics.fillRectangle(bounds.x, bounds.y, bounds.width, GridMetrics.PHASE_BAND_HEIGHT);
		graphics.setForegroundColor(DiagramColors.SECONDARY_TEXT);
		graphics.drawText(phase, bounds.x + 6, bounds.y + 3);
		graphics.setForegroundColor(DiagramColors.HEADER_TEXT);
		Rectangle nameArea = nameBounds();
		graphics.drawText(Ellipsis.fit(name, graphics.getFont(), nameArea.width - WarningMarker.SIZE - 6),
				nameArea.x + 2, nameArea.y + 2);
		if (isFlagged()) {
			WarningMarker.paint(graphics, new Rectangle(bounds.x, bounds.y + GridMetrics.PHASE_BAND_HEIGHT,
					bounds.width, GridMetrics.HEADER_HEIGHT - GridMetrics.PHASE_BAND_HEIGHT));
		}
		Rectangle evidence = laneBounds(Lane.EVIDENCE);
		graphics.setForegroundColor(DiagramColors.SECONDARY_TEXT);
		graphics.drawText(Ellipsis.fit(evidenceSummary, graphics.getFont(), evidence.width - 2 * GridMetrics.PADDING),
				evidence.x + GridMetrics.PADDING, evidence.y + GridMetrics.PADDING);
		paintGridLines(graphics, bounds);
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
