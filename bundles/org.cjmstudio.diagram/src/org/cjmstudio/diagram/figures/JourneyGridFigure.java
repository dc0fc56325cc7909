package org.cjmstudio.diagram.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.draw2d.FreeformLayer;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.MarginBorder;

/**
 * The whole map: lane headers, stage columns (added and ordered by the map's edit part) and the emotion curve on top.
 */
public class JourneyGridFigure extends FreeformLayer {

	private final LaneHeaderFigure laneHeader = new LaneHeaderFigure();
	private final EmotionCurveFigure emotionCurve;

	public JourneyGridFigure(Supplier<List<EmotionMarkerFigure>> markersInJourneyOrder) {
		emotionCurve = new EmotionCurveFigure(this::columns, markersInJourneyOrder);
		setLayoutManager(new JourneyGridLayout(this));
		setBorder(new MarginBorder(12));
		add(laneHeader);
		add(emotionCurve);
	}

	public LaneHeaderFigure laneHeader() {
		return laneHeader;
	}

	public EmotionCurveFigure emotionCurve() {
		return emotionCurve;
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
	 * Stage columns go between the lane header and the curve; {@code index} counts stage columns only, as the edit
	 * part's children do.
	 */
	@Override
	public void add(IFigure figure, Object constraint, int index) {
		if (figure instanceof StageColumnFigure && index >= 0) {
			super.add(figure, constraint, index + 1);
		} else if (figure instanceof StageColumnFigure) {
			super.add(figure, constraint, getChildren().size() - 1);
		} else {
			super.add(figure, constraint, index);
		}
	}
}
