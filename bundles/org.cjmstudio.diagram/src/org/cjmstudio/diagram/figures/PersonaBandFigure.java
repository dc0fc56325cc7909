package org.cjmstudio.diagram.figures;

import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.FlowLayout;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.MarginBorder;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Rectangle;

/**
 * The band above the stages that says whose journey the map tells: one chip per persona, as many rows as they need
 * (names are never cut), or a hint on how to add the first one. The band is as wide as the map.
 */
public class PersonaBandFigure extends Figure {

	private static final String TITLE = "Personas";
	private static final String EMPTY_HINT = "No persona yet: double-click here, use the palette's Persona tool, "
			+ "or right-click > Add Persona.";

	private final Figure chips = new Figure();

	public PersonaBandFigure() {
		FlowLayout flow = new FlowLayout(true);
		flow.setMajorSpacing(GridMetrics.CARD_GAP);
		flow.setMinorSpacing(GridMetrics.CARD_GAP);
		chips.setLayoutManager(flow);
		chips.setBorder(new MarginBorder(GridMetrics.PADDING));
		add(chips);
		setLayoutManager(new org.eclipse.draw2d.AbstractLayout() {
			@Override
			protected Dimension calculatePreferredSize(IFigure container, int wHint, int hHint) {
				return preferredSizeFor(wHint);
			}

			@Override
			public void layout(IFigure container) {
				Rectangle area = getClientArea();
				chips.setBounds(new Rectangle(area.x + GridMetrics.LANE_HEADER_WIDTH, area.y,
						Math.max(area.width - GridMetrics.LANE_HEADER_WIDTH, PersonaChipFigure.WIDTH + 16),
						area.height));
			}
		});
	}

	/** Where the persona chips go: the edit parts add their figures here. */
	public IFigure chips() {
		return chips;
	}

	/** As tall as the chips need when the band is {@code width} wide, and never lower than one row. */
	public Dimension preferredSizeFor(int width) {
		int chipsWidth = Math.max(width - GridMetrics.LANE_HEADER_WIDTH, PersonaChipFigure.WIDTH + 16);
		int height = chips.getChildren().isEmpty() ? 0 : chips.getPreferredSize(chipsWidth, -1).height;
		return new Dimension(width, Math.max(height, GridMetrics.PERSONA_BAND_MIN_HEIGHT));
	}

	@Override
	protected void paintFigure(Graphics graphics) {
		Rectangle bounds = getBounds();
		graphics.setBackgroundColor(DiagramColors.LANE_BACKGROUND_ALTERNATE);
		graphics.fillRectangle(bounds);
		graphics.setForegroundColor(DiagramColors.GRID_LINE);
		graphics.drawRectangle(bounds.x, bounds.y, bounds.width - 1, bounds.height - 1);
		graphics.drawLine(bounds.x + GridMetrics.LANE_HEADER_WIDTH - 1, bounds.y,
				bounds.x + GridMetrics.LANE_HEADER_WIDTH - 1, bounds.bottom());
		graphics.setForegroundColor(DiagramColors.HEADER_TEXT);
		graphics.drawText(TITLE, bounds.x + GridMetrics.PADDING, bounds.y + GridMetrics.PADDING);
		if (chips.getChildren().isEmpty()) {
			graphics.setForegroundColor(DiagramColors.SECONDARY_TEXT);
			graphics.drawText(EMPTY_HINT, bounds.x + GridMetrics.LANE_HEADER_WIDTH + GridMetrics.PADDING,
					bounds.y + GridMetrics.PADDING);
		}
	}

	public boolean showsHint() {
		return chips.getChildren().isEmpty();
	}
}
