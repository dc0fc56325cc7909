package org.cjmstudio.diagram.figures;

import java.util.List;

import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.MarginBorder;
import org.eclipse.draw2d.ToolbarLayout;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.draw2d.text.FlowPage;
import org.eclipse.draw2d.text.ParagraphTextLayout;
import org.eclipse.draw2d.text.TextFlow;
import org.eclipse.swt.graphics.Color;

/**
 * A card in a lane: a title that wraps, an optional detail line (channel, severity, value), a colour stripe that
 * tells the kind at a glance, and a warning marker when validation flags the card.
 */
public class CardFigure extends Figure {

	public static final int WIDTH = 196;
	private static final int STRIPE = 5;

	private final TextFlow title = new TextFlow();
	private final TextFlow detail = new TextFlow();
	private final FlowPage detailPage = new FlowPage();
	private Color accent = DiagramColors.CARD_BORDER;
	private boolean flagged;

	public CardFigure() {
		ToolbarLayout layout = new ToolbarLayout();
		layout.setSpacing(2);
		setLayoutManager(layout);
		setBorder(new MarginBorder(5, STRIPE + 6, 5, 6 + WarningMarker.SIZE));
		FlowPage titlePage = new FlowPage();
		title.setLayoutManager(new ParagraphTextLayout(title, ParagraphTextLayout.WORD_WRAP_SOFT));
		titlePage.add(title);
		add(titlePage);
		detail.setForegroundColor(DiagramColors.SECONDARY_TEXT);
		detailPage.add(detail);
		add(detailPage);
		setOpaque(false);
	}

	public void setTitle(String text) {
		title.setText(text == null || text.isBlank() ? "(unnamed)" : text);
	}

	public String getTitle() {
		return title.getText();
	}

	/** A second, smaller line; null or blank hides it. */
	public void setDetail(String text) {
		boolean visible = text != null && !text.isBlank();
		detail.setText(visible ? text : "");
		detailPage.setVisible(visible);
	}

	public void setAccent(Color accent) {
		this.accent = accent;
		repaint();
	}

	/** Shows the warning marker with {@code messages} as tool tip, or hides it when there are none. */
	public void setWarnings(List<String> messages) {
		flagged = !messages.isEmpty();
		setToolTip(WarningMarker.toolTip(messages));
		repaint();
	}

	public boolean isFlagged() {
		return flagged;
	}

	/** The figure whose bounds a direct-edit text box covers. */
	public Figure getTitleFigure() {
		return (Figure) title.getParent();
	}

	@Override
	public Dimension getPreferredSize(int wHint, int hHint) {
		Dimension size = super.getPreferredSize(WIDTH, hHint).getCopy();
		size.width = WIDTH;
		return size;
	}

	@Override
	protected void paintFigure(Graphics graphics) {
		Rectangle bounds = getBounds().getCopy().resize(-1, -1);
		graphics.setAntialias(org.eclipse.swt.SWT.ON);
		graphics.setBackgroundColor(DiagramColors.CARD_BACKGROUND);
		graphics.fillRoundRectangle(bounds, 8, 8);
		graphics.setBackgroundColor(accent);
		graphics.fillRoundRectangle(new Rectangle(bounds.x, bounds.y, STRIPE * 2, bounds.height), 8, 8);
		graphics.setBackgroundColor(DiagramColors.CARD_BACKGROUND);
		graphics.fillRectangle(bounds.x + STRIPE, bounds.y, STRIPE, bounds.height);
		graphics.setForegroundColor(DiagramColors.CARD_BORDER);
		graphics.drawRoundRectangle(bounds, 8, 8);
		if (flagged) {
			WarningMarker.paint(graphics, getBounds());
		}
	}
}
