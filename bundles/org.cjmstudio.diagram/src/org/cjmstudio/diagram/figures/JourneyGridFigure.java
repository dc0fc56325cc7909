package org.cjmstudio.diagram.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.cjmstudio.diagram.layout.Lane;
import org.eclipse.draw2d.FreeformLayer;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.MarginBorder;
import org.eclipse.draw2d.geometry.Rectangle;

/**
 * The whole map: the persona band on top, lane headers with the curves' legend, the lanes' backgrounds, the emotion
 * curves, and above them the stage columns (added and ordered by the map's edit part) with their cards, so faces are
 * drawn above the curves.
 */
public class JourneyGridFigure extends FreeformLayer {

	private final LaneHeaderFigure laneHeader = new LaneHeaderFigure();
	private final CurveLegendFigure curveLegend = new CurveLegendFigure();
	private final EmotionCurveFigure emotionCurve;

	public JourneyGridFigure(Supplier<List<EmotionMarkerFigure>> markersInJourneyOrder) {
		emotionCurve = new EmotionCurveFigure(this::columns, markersInJourneyOrder);
		setLayoutManager(new JourneyGridLayout(this));
		setBorder(new MarginBorder(12));
		add(laneHeader);
		add(curveLegend);
		add(emotionCurve);
	}

	public LaneHeaderFigure laneHeader() {
		return laneHeader;
	}

	public CurveLegendFigure curveLegend() {
		return curveLegend;
	}

	public EmotionCurveFigure emotionCurve() {
		return emotionCurve;
	}

	/** The persona band, once the map's edit part has added it; null before. */
	public PersonaBandFigure personaBand() {
		for (Object child : getChildren()) {
			if (child instanceof PersonaBandFigure band) {
				return band;
			}
		}
		return null;
	}

	/** Stage columns in journey order. */
	public List<StageColumnFigure> columns() {
		List<StageColumnFigure> columns = new ArrayList<>();
		for (Object child : getChildren()) {
			if (child instanceof StageColumnFigure column) {
				columns.add(column);
			}
		}
		return columns;
	}

	/**
	 * Stage columns go after the fixed children (persona band, lane header, legend, curves); {@code index} counts
	 * stage columns only.
	 */
	@Override
	public void add(IFigure figure, Object constraint, int index) {
		if (figure instanceof StageColumnFigure && index >= 0) {
			super.add(figure, constraint, index + getChildren().size() - columns().size());
		} else if (figure instanceof PersonaBandFigure) {
			super.add(figure, constraint, 0);
		} else {
			super.add(figure, constraint, index);
		}
	}

	/** Alternating lane stripes across all stages, under the curves. */
	@Override
	protected void paintFigure(Graphics graphics) {
		super.paintFigure(graphics);
		List<StageColumnFigure> columns = columns();
		if (columns.isEmpty()) {
			return;
		}
		int left = columns.get(0).getBounds().x;
		int right = columns.get(columns.size() - 1).getBounds().right();
		int index = 0;
		for (Lane lane : Lane.values()) { // the installed lanes, ours and the plugins', top to bottom
			Rectangle stripe = columns.get(0).laneBounds(lane);
			graphics.setBackgroundColor(index++ % 2 == 0 ? DiagramColors.LANE_BACKGROUND
					: DiagramColors.LANE_BACKGROUND_ALTERNATE);
			graphics.fillRectangle(left, stripe.y, right - left, stripe.height);
		}
	}
}
