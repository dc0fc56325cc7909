package org.cjmstudio.diagram.figures;

import java.util.List;

import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.ImageFigure;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.MarginBorder;
import org.eclipse.draw2d.PositionConstants;
import org.eclipse.draw2d.ToolbarLayout;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.draw2d.text.FlowPage;
import org.eclipse.draw2d.text.ParagraphTextLayout;
import org.eclipse.draw2d.text.TextFlow;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;

/**
 * A card in a lane: a title that wraps, an optional detail line (channel, severity, value), a colour stripe that
 * tells the kind at a glance, the team's colour as background and its image below the text, a warning marker when
 * validation flags the card, the evidence badge of a card that cites evidence (a barrier), the comment badge of a card
 * the team is discussing, a blue outline while
 * it is related to the selected card, and an outline in a colleague's colour while someone else working on the same
 * team map has it selected.
 */
public class CardFigure extends Figure {

	/** What a plugin's lane draws over its cards, painted last (see {@code LaneCardFigure}). */
	public interface Overlay {
		void paint(Graphics graphics, Rectangle bounds);
	}

	public static final int WIDTH = 196;
	private static final int STRIPE = 5;

	private final TextFlow title = new TextFlow();
	private final TextFlow detail = new TextFlow();
	private final FlowPage detailPage = new FlowPage();
	private final ImageFigure picture = new ImageFigure();
	private final Label pictureProblem = new Label();
	private Color accent = DiagramColors.CARD_BORDER;
	private Color teamColor;
	private boolean flagged;
	private boolean related;
	private List<String> warnings = List.of();
	private EvidenceBadge badge;
	private String evidenceExplanation;
	private CommentBadge comments;
	private String commentsExplanation;
	private Overlay overlay;
	private List<String> selectedBy = List.of();
	private Color selectedByColour;

	public CardFigure() {
		ToolbarLayout layout = new ToolbarLayout();
		layout.setSpacing(2);
		setLayoutManager(layout);
		setBorder(border());
		FlowPage titlePage = new FlowPage();
		title.setLayoutManager(new ParagraphTextLayout(title, ParagraphTextLayout.WORD_WRAP_SOFT));
		titlePage.add(title);
		add(titlePage);
		detail.setForegroundColor(DiagramColors.SECONDARY_TEXT);
		detailPage.add(detail);
		add(detailPage);
		picture.setAlignment(PositionConstants.LEFT);
		picture.setVisible(false);
		add(picture);
		pictureProblem.setForegroundColor(DiagramColors.SECONDARY_TEXT);
		pictureProblem.setLabelAlignment(PositionConstants.LEFT);
		pictureProblem.setVisible(false);
		add(pictureProblem);
		setOpaque(false);
	}

	/** The colour the team gave the card, or null for a white card. */
	public void setTeamColor(Color color) {
		teamColor = color;
		repaint();
	}

	public Color getTeamColor() {
		return teamColor;
	}

	/**
	 * The card's image, already scaled to the card (null for none), or why it cannot be shown (null when it can):
	 * a missing file must not look like a card without an image.
	 */
	public void setPicture(Image image, String problem) {
		picture.setImage(image);
		picture.setVisible(image != null);
		pictureProblem.setText(problem == null ? "" : problem);
		pictureProblem.setVisible(problem != null);
	}

	public boolean showsPicture() {
		return picture.isVisible() && picture.getImage() != null;
	}

	/** Marks the card as related to the selected one (a barrier the selected opportunity addresses, ...). */
	public void setRelated(boolean related) {
		if (this.related != related) {
			this.related = related;
			repaint();
		}
	}

	public boolean isRelated() {
		return related;
	}

	/**
	 * Outlines the card in {@code colour} and names {@code names} in the tool tip while they (colleagues on the same
	 * team map) have it selected; an empty list takes the outline away.
	 */
	public void setSelectedBy(List<String> names, Color colour) {
		List<String> now = List.copyOf(names);
		if (!now.equals(selectedBy) || !java.util.Objects.equals(colour, selectedByColour)) {
			selectedBy = now;
			selectedByColour = now.isEmpty() ? null : colour;
			updateToolTip();
			repaint();
		}
	}

	/** Who else has the card selected (empty for nobody). */
	public List<String> getSelectedBy() {
		return selectedBy;
	}

	/** The colour of the outline that shows a colleague has the card selected, or null. */
	public Color getSelectedByColour() {
		return selectedByColour;
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

	/** The second line; empty when hidden. */
	public String getDetail() {
		return detail.getText();
	}

	public void setAccent(Color accent) {
		this.accent = accent;
		repaint();
	}

	/** The stripe's colour, which tells the card's kind (or a barrier's severity). */
	public Color getAccent() {
		return accent;
	}

	/** Shows the warning marker with {@code messages} in the tool tip, or hides it when there are none. */
	public void setWarnings(List<String> messages) {
		warnings = List.copyOf(messages);
		flagged = !messages.isEmpty();
		updateToolTip();
		repaint();
	}

	/**
	 * The evidence badge (bottom right, in a strip of its own so it never covers the text or the warning triangle at
	 * the top right) and what it means, first in the tool tip; null for a card that cites no evidence.
	 */
	public void setEvidence(EvidenceBadge badge, String explanation) {
		boolean stripChanges = hasBadgeStrip() != (badge != null || comments != null);
		this.badge = badge;
		this.evidenceExplanation = explanation;
		if (stripChanges) {
			setBorder(border());
		}
		updateToolTip();
		repaint();
	}

	public EvidenceBadge getEvidenceBadge() {
		return badge;
	}

	/**
	 * The comment badge (bottom left, in the same strip as the evidence badge) and what the open threads say, in the
	 * tool tip; null when no thread on the card is open.
	 */
	public void setComments(CommentBadge badge, String explanation) {
		boolean stripChanges = hasBadgeStrip() != (badge != null || this.badge != null);
		this.comments = badge;
		this.commentsExplanation = explanation;
		if (stripChanges) {
			setBorder(border());
		}
		updateToolTip();
		repaint();
	}

	public CommentBadge getCommentBadge() {
		return comments;
	}

	private boolean hasBadgeStrip() {
		return badge != null || comments != null;
	}

	private MarginBorder border() {
		return new MarginBorder(5, STRIPE + 6, 5 + (hasBadgeStrip() ? EvidenceBadge.HEIGHT : 0),
				6 + WarningMarker.SIZE);
	}

	private void updateToolTip() {
		List<String> parts = new java.util.ArrayList<>();
		if (evidenceExplanation != null) {
			parts.add(evidenceExplanation);
		}
		if (!warnings.isEmpty()) {
			parts.add(String.join("\n", warnings));
		}
		if (commentsExplanation != null) {
			parts.add(commentsExplanation);
		}
		if (!selectedBy.isEmpty()) {
			parts.add(names(selectedBy) + (selectedBy.size() == 1 ? " has" : " have") + " this card selected.");
		}
		setToolTip(parts.isEmpty() ? null : new Label(String.join("\n\n", parts)));
	}

	/** Draws {@code overlay} over the card; null for none. */
	public void setOverlay(Overlay overlay) {
		this.overlay = overlay;
		repaint();
	}

	private static String names(List<String> names) {
		if (names.size() == 1) {
			return names.get(0);
		}
		return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
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
		Color background = teamColor != null ? teamColor : DiagramColors.CARD_BACKGROUND;
		graphics.setAntialias(org.eclipse.swt.SWT.ON);
		graphics.setBackgroundColor(background);
		graphics.fillRoundRectangle(bounds, 8, 8);
		graphics.setBackgroundColor(accent);
		graphics.fillRoundRectangle(new Rectangle(bounds.x, bounds.y, STRIPE * 2, bounds.height), 8, 8);
		graphics.setBackgroundColor(background);
		graphics.fillRectangle(bounds.x + STRIPE, bounds.y, STRIPE, bounds.height);
		if (selectedByColour != null) {
			// outermost, so a related card someone else selected shows both outlines
			graphics.setForegroundColor(selectedByColour);
			graphics.setLineWidth(3);
			graphics.drawRoundRectangle(bounds.getCopy().shrink(1, 1), 8, 8);
			graphics.setLineWidth(1);
		}
		if (related) {
			graphics.setForegroundColor(DiagramColors.RELATED);
			graphics.setLineWidth(3);
			graphics.drawRoundRectangle(bounds.getCopy().shrink(selectedByColour != null ? 4 : 1,
					selectedByColour != null ? 4 : 1), 8, 8);
			graphics.setLineWidth(1);
		} else if (selectedByColour == null) {
			graphics.setForegroundColor(DiagramColors.CARD_BORDER);
			graphics.drawRoundRectangle(bounds, 8, 8);
		}
		if (flagged) {
			WarningMarker.paint(graphics, getBounds());
		}
		if (badge != null) {
			badge.paint(graphics, bounds.right() - 4, bounds.bottom() - 3);
		}
		if (comments != null) {
			comments.paint(graphics, bounds.x + STRIPE * 2 + 2, bounds.bottom() - 3);
		}
		if (overlay != null) {
			overlay.paint(graphics, bounds);
		}
	}
}
