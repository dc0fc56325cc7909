package org.cjmstudio.diagram.figures;

import java.util.List;

import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.MarginBorder;
import org.eclipse.draw2d.ToolbarLayout;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.draw2d.text.FlowPage;
import org.eclipse.draw2d.text.ParagraphTextLayout;
import org.eclipse.draw2d.text.TextFlow;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/**
 * A persona in the map's persona band: its name in full (wrapped, never cut), kind and segment below, a stripe in
 * the colour of its emotion curve, the evidence badge and the warning marker.
 */
public class PersonaChipFigure extends Figure {

	public static final int WIDTH = 210;
	private static final int STRIPE = 5;

	private final TextFlow name = new TextFlow();
	private final TextFlow detail = new TextFlow();
	private final FlowPage detailPage = new FlowPage();
	private Color curveColor = DiagramColors.ALL_PERSONAS;
	private EvidenceBadge badge;
	private List<String> warnings = List.of();
	private String evidenceExplanation;

	public PersonaChipFigure() {
		ToolbarLayout layout = new ToolbarLayout();
		layout.setSpacing(2);
		setLayoutManager(layout);
		// the bottom strip is the badge's, so it never covers the text
		setBorder(new MarginBorder(5, STRIPE + 6, 5 + EvidenceBadge.HEIGHT, 6 + WarningMarker.SIZE));
		FlowPage namePage = new FlowPage();
		name.setLayoutManager(new ParagraphTextLayout(name, ParagraphTextLayout.WORD_WRAP_SOFT));
		namePage.add(name);
		add(namePage);
		detail.setForegroundColor(DiagramColors.SECONDARY_TEXT);
		detail.setLayoutManager(new ParagraphTextLayout(detail, ParagraphTextLayout.WORD_WRAP_TRUNCATE));
		detailPage.add(detail);
		add(detailPage);
		setOpaque(false);
	}

	public void setName(String text) {
		name.setText(text == null || text.isBlank() ? "(unnamed persona)" : text);
	}

	public String getName() {
		return name.getText();
	}

	/** Kind and segment; null or blank hides the line. */
	public void setDetail(String text) {
		boolean visible = text != null && !text.isBlank();
		detail.setText(visible ? text : "");
		detailPage.setVisible(visible);
	}

	public void setCurveColor(Color color) {
		curveColor = color;
		repaint();
	}

	/** The badge and what it means, in words, for the tool tip. */
	public void setEvidence(EvidenceBadge badge, String explanation) {
		this.badge = badge;
		this.evidenceExplanation = explanation;
		updateToolTip();
		repaint();
	}

	public EvidenceBadge getEvidenceBadge() {
		return badge;
	}

	public void setWarnings(List<String> messages) {
		warnings = List.copyOf(messages);
		updateToolTip();
		repaint();
	}

	public boolean isFlagged() {
		return !warnings.isEmpty();
	}

	private void updateToolTip() {
		StringBuilder text = new StringBuilder(getName());
		if (evidenceExplanation != null) {
			text.append("\n\n").append(evidenceExplanation);
		}
		if (!warnings.isEmpty()) {
			text.append("\n\n").append(String.join("\n", warnings));
		}
		setToolTip(new Label(text.toString()));
	}

	/** The figure a rename text box covers. */
	public Figure getNameFigure() {
		return (Figure) name.getParent();
	}

	@Override
	public Dimension getPreferredSize(int wHint, int hHint) {
		Dimension size = super.getPreferredSize(WIDTH, hHint).getCopy();
		size.width = WIDTH;
		size.height = Math.max(size.height, 40);
		return size;
	}

	@Override
	protected void paintFigure(Graphics graphics) {
		Rectangle bounds = getBounds().getCopy().resize(-1, -1);
		graphics.setAntialias(SWT.ON);
		graphics.setBackgroundColor(DiagramColors.CARD_BACKGROUND);
		graphics.fillRoundRectangle(bounds, 8, 8);
		graphics.setBackgroundColor(curveColor);
		graphics.fillRoundRectangle(new Rectangle(bounds.x, bounds.y, STRIPE * 2, bounds.height), 8, 8);
		graphics.setBackgroundColor(DiagramColors.CARD_BACKGROUND);
		graphics.fillRectangle(bounds.x + STRIPE, bounds.y, STRIPE, bounds.height);
		graphics.setForegroundColor(DiagramColors.CARD_BORDER);
		graphics.drawRoundRectangle(bounds, 8, 8);
		if (isFlagged()) {
			WarningMarker.paint(graphics, getBounds());
		}
		if (badge != null) {
			badge.paint(graphics, bounds.right() - 4, bounds.bottom() - 3);
		}
	}
}
