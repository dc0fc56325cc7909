package org.cjmstudio.diagram.figures;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/**
 * One point of an emotion curve: a face coloured from red (-3) to green (+3) that smiles or frowns with the valence,
 * ringed in its persona's colour (a dashed, paler ring for a to-be point), with a small warning triangle when
 * validation flags it (an as-is point no research backs), and a compact evidence badge hanging off its lower right
 * (the figure reaches {@link #BADGE_ROOM} beyond the face for it). Its height in the lane shows the valence;
 * its place across the lane is its step's; the tool tip names the persona, the feeling and why.
 */
public class EmotionMarkerFigure extends Figure {

	/** The face's diameter. */
	public static final int SIZE = 26;
	/** How far the figure reaches beyond the face to the right and below, for the evidence badge. */
	public static final int BADGE_ROOM = 8;
	/** The figure's width and height: the face and the badge's room. */
	public static final int EXTENT = SIZE + BADGE_ROOM;

	private int valence;
	private String description = "";
	private final List<String> warnings = new ArrayList<>();
	private Curve curve = new Curve("all", DiagramColors.ALL_PERSONAS, false);
	private Object slot;
	private EvidenceBadge badge;
	private String evidenceExplanation;

	/** Which curve a point is on: the persona's (or "all personas") as-is or to-be one, and how it is drawn. */
	public record Curve(Object key, Color color, boolean toBe) {
	}

	public void setEmotion(int valence, String description) {
		this.valence = valence;
		this.description = description;
		updateToolTip();
		repaint();
	}

	public int getValence() {
		return valence;
	}

	/** The curve the point belongs to; points of one curve are joined in journey order. */
	public void setCurve(Curve curve) {
		this.curve = curve;
		repaint();
	}

	public Curve getCurve() {
		return curve;
	}

	/**
	 * Where across the lane the point goes: points with the same slot (felt at the same step) stand one above the
	 * other, so the as-is and to-be points and the personas of a step can be compared; null for a slot of its own.
	 */
	public void setSlot(Object slot) {
		this.slot = slot;
	}

	public Object getSlot() {
		return slot;
	}

	public String getDescription() {
		return description;
	}

	public void setWarnings(List<String> messages) {
		warnings.clear();
		warnings.addAll(messages);
		updateToolTip();
		repaint();
	}

	public boolean isFlagged() {
		return !warnings.isEmpty();
	}

	/** The evidence badge at the face's lower right and what it means; null for a to-be point. */
	public void setEvidence(EvidenceBadge badge, String explanation) {
		this.badge = badge;
		this.evidenceExplanation = explanation;
		updateToolTip();
		repaint();
	}

	public EvidenceBadge getEvidenceBadge() {
		return badge;
	}

	private void updateToolTip() {
		List<String> lines = new ArrayList<>();
		lines.add(description);
		if (evidenceExplanation != null) {
			lines.add(evidenceExplanation);
		}
		lines.addAll(warnings);
		setToolTip(new Label(String.join("\n", lines)));
	}

	/** Where the face is: the top left of the figure; the rest is the badge's room. */
	public Rectangle getFaceBounds() {
		return new Rectangle(getBounds().x, getBounds().y, SIZE, SIZE);
	}

	/** The face's centre, which the curve runs through. */
	public Point faceCenter() {
		return getFaceBounds().getCenter();
	}

	@Override
	public Dimension getPreferredSize(int wHint, int hHint) {
		return new Dimension(EXTENT, EXTENT);
	}

	@Override
	public boolean containsPoint(int x, int y) {
		return getFaceBounds().contains(x, y) || badge != null && getBounds().contains(x, y)
				&& x >= getFaceBounds().getCenter().x && y >= getFaceBounds().getCenter().y;
	}

	@Override
	protected void paintFigure(Graphics graphics) {
		Rectangle face = getFaceBounds().shrink(1, 1).resize(-1, -1);
		graphics.setAntialias(SWT.ON);
		Color fill = DiagramColors.valence(valence);
		graphics.setBackgroundColor(curve.toBe() ? DiagramColors.lighter(fill, 0.45) : fill);
		graphics.fillOval(face);
		graphics.setForegroundColor(curve.color());
		graphics.setLineWidth(2);
		graphics.setLineStyle(curve.toBe() ? SWT.LINE_DASH : SWT.LINE_SOLID);
		graphics.drawOval(face);
		graphics.setLineStyle(SWT.LINE_SOLID);
		graphics.setLineWidth(1);
		paintFace(graphics, face.getCenter());
		if (isFlagged()) {
			WarningMarker.paintSmall(graphics, getFaceBounds());
		}
		if (badge != null) {
			badge.paintCompact(graphics, getBounds().right() - 1, getBounds().bottom() - 1);
		}
	}

	private void paintFace(Graphics graphics, Point centre) {
		graphics.setForegroundColor(DiagramColors.HEADER_TEXT);
		int eye = Math.max(1, SIZE / 13);
		graphics.setBackgroundColor(DiagramColors.HEADER_TEXT);
		graphics.fillOval(centre.x - SIZE / 5 - eye, centre.y - SIZE / 6 - eye, eye * 2, eye * 2);
		graphics.fillOval(centre.x + SIZE / 5 - eye, centre.y - SIZE / 6 - eye, eye * 2, eye * 2);
		int mouthWidth = SIZE / 2;
		int bend = valence * SIZE / 24; // smiles up for joy, down for irritation
		int mouthY = centre.y + SIZE / 6;
		graphics.drawArc(centre.x - mouthWidth / 2, mouthY - Math.abs(bend), mouthWidth,
				Math.max(1, Math.abs(bend) * 2), bend >= 0 ? 180 : 0, 180);
	}
}
