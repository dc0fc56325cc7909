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

/**
 * One point of the emotion curve: a face coloured from red (-3) to green (+3) that smiles or frowns with the valence.
 * Its height in the lane shows the valence; the tool tip names the feeling.
 */
public class EmotionMarkerFigure extends Figure {

	public static final int SIZE = 26;

	private int valence;
	private String description = "";
	private final List<String> warnings = new ArrayList<>();

	public void setEmotion(int valence, String description) {
		this.valence = valence;
		this.description = description;
		updateToolTip();
		repaint();
	}

	public int getValence() {
		return valence;
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

	private void updateToolTip() {
		List<String> lines = new ArrayList<>();
		lines.add(description);
		lines.addAll(warnings);
		setToolTip(new Label(String.join("\n", lines)));
	}

	@Override
	public Dimension getPreferredSize(int wHint, int hHint) {
		return new Dimension(SIZE, SIZE);
	}

	@Override
	protected void paintFigure(Graphics graphics) {
		Rectangle face = getBounds().getCopy().resize(-1, -1);
		graphics.setAntialias(SWT.ON);
		graphics.setBackgroundColor(DiagramColors.valence(valence));
		graphics.fillOval(face);
		graphics.setForegroundColor(isFlagged() ? DiagramColors.WARNING : DiagramColors.HEADER_TEXT);
		graphics.setLineWidth(isFlagged() ? 2 : 1);
		graphics.drawOval(face);
		graphics.setLineWidth(1);
		graphics.setForegroundColor(DiagramColors.HEADER_TEXT);
		Point centre = face.getCenter();
		int eye = Math.max(1, SIZE / 13);
		graphics.setBackgroundColor(DiagramColors.HEADER_TEXT);
		graphics.fillOval(centre.x - SIZE / 5 - eye, centre.y - SIZE / 6 - eye, eye * 2, eye * 2);
		graphics.fillOval(centre.x + SIZE / 5 - eye, centre.y - SIZE / 6 - eye, eye * 2, eye * 2);
		int mouthWidth = SIZE / 2;
		int curve = valence * SIZE / 24; // smiles up for joy, down for irritation
		int mouthY = centre.y + SIZE / 6;
		graphics.drawArc(centre.x - mouthWidth / 2, mouthY - Math.abs(curve), mouthWidth,
				Math.max(1, Math.abs(curve) * 2), curve >= 0 ? 180 : 0, 180);
	}
}
