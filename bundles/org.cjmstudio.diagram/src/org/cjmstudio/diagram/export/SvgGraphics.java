package org.cjmstudio.diagram.export;

import java.io.Writer;

import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.geometry.PointList;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontMetrics;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.PathData;
import org.eclipse.swt.graphics.TextLayout;

/**
 * A draw2d {@link Graphics} that writes what figures paint as SVG 1.1 elements instead of pixels, so an exported map
 * stays sharp at any size and its texts stay text. It keeps SWT's conventions (a 1-pixel line at x fills the pixel
 * from x to x + 1; text is placed by its top) so the drawing matches the screen, and keeps clipping as SVG clip
 * paths. Not supported: rotation and shearing (they throw; our figures never use them), patterns (drawn in the plain
 * colours), XOR mode and antialiasing hints (SVG viewers decide those).
 * <p>
 * Call {@link #finish()} after painting to end the document, and {@link #dispose()} to release the GC it measures
 * text with.
 */
public final class SvgGraphics extends StateKeepingGraphics {

	private final SvgDocument document;
	private final SvgText text;

	/**
	 * Starts a {@code width} x {@code height} document titled {@code title} (may be null) on {@code out};
	 * {@code device} measures text and gives the initial font and colours, as a new SWT GC would have them.
	 */
	public SvgGraphics(Writer out, int width, int height, String title, Device device) {
		super(new VectorGraphicsState(new Box(0, 0, width, height), device.getSystemColor(SWT.COLOR_BLACK),
				device.getSystemColor(SWT.COLOR_WHITE), device.getSystemFont()));
		document = new SvgDocument(out, width, height, title);
		text = new SvgText(device);
	}

	/** Ends the document; nothing can be drawn after this. */
	public void finish() {
		document.finish();
	}

	@Override
	public void dispose() {
		text.dispose();
	}

	@Override
	public FontMetrics getFontMetrics() {
		return text.metrics(state.font);
	}

	// ---- lines and shapes

	@Override
	public void drawLine(int x1, int y1, int x2, int y2) {
		double offset = state.strokeOffset();
		double ax = x(x1) + offset;
		double ay = y(y1) + offset;
		double bx = x(x2) + offset;
		double by = y(y2) + offset;
		SvgDocument.Element line = shape("line", new Box(Math.min(ax, bx), Math.min(ay, by), Math.abs(bx - ax),
				Math.abs(by - ay)).expand(state.strokeWidth() / 2));
		if (line != null) {
			line.attribute("x1", ax).attribute("y1", ay).attribute("x2", bx).attribute("y2", by);
			state.stroke(line);
			line.end();
		}
	}

	/** One pixel in the foreground colour, as SWT draws a point. */
	@Override
	public void drawPoint(int x, int y) {
		SvgDocument.Element point = shape("rect", box(x, y, 1, 1));
		if (point != null) {
			rect(point, box(x, y, 1, 1));
			state.fillWithForeground(point);
			point.end();
		}
	}

	@Override
	public void drawRectangle(int x, int y, int width, int height) {
		drawRoundRectangle(new Rectangle(x, y, width, height), 0, 0);
	}

	@Override
	public void fillRectangle(int x, int y, int width, int height) {
		fillRoundRectangle(new Rectangle(x, y, width, height), 0, 0);
	}

	@Override
	public void drawRoundRectangle(Rectangle r, int arcWidth, int arcHeight) {
		Box outline = strokeBox(r.x, r.y, r.width, r.height);
		SvgDocument.Element rect = shape("rect", outline.expand(state.strokeWidth() / 2));
		if (rect != null) {
			rect(rect, outline);
			corners(rect, outline, arcWidth, arcHeight);
			state.stroke(rect);
			rect.end();
		}
	}

	@Override
	public void fillRoundRectangle(Rectangle r, int arcWidth, int arcHeight) {
		Box area = box(r.x, r.y, r.width, r.height);
		SvgDocument.Element rect = shape("rect", area);
		if (rect != null && !area.isEmpty()) {
			rect(rect, area);
			corners(rect, area, arcWidth, arcHeight);
			state.fillWithBackground(rect);
			rect.end();
		}
	}

	@Override
	public void drawFocus(int x, int y, int width, int height) {
		int style = state.lineStyle;
		state.lineStyle = SWT.LINE_DOT;
		drawRectangle(x, y, width, height);
		state.lineStyle = style;
	}

	@Override
	public void fillGradient(int x, int y, int width, int height, boolean vertical) {
		Box area = box(x, y, width, height);
		SvgDocument.Element rect = shape("rect", area);
		if (rect != null && !area.isEmpty()) {
			String id = document.linearGradient(area, vertical, SvgDocument.color(state.foreground),
					SvgDocument.color(state.background));
			rect(rect, area);
			rect.attribute("fill", "url(#" + id + ")");
			rect.end();
		}
	}

	@Override
	public void drawOval(int x, int y, int width, int height) {
		Box outline = strokeBox(x, y, width, height);
		SvgDocument.Element ellipse = shape("ellipse", outline.expand(state.strokeWidth() / 2));
		if (ellipse != null) {
			ellipse(ellipse, outline);
			state.stroke(ellipse);
			ellipse.end();
		}
	}

	@Override
	public void fillOval(int x, int y, int width, int height) {
		Box area = box(x, y, width, height);
		SvgDocument.Element ellipse = shape("ellipse", area);
		if (ellipse != null && !area.isEmpty()) {
			ellipse(ellipse, area);
			state.fillWithBackground(ellipse);
			ellipse.end();
		}
	}

	@Override
	public void drawArc(int x, int y, int width, int height, int startAngle, int arcAngle) {
		if (Math.abs(arcAngle) >= 360) {
			drawOval(x, y, width, height);
			return;
		}
		Box outline = strokeBox(x, y, width, height);
		SvgDocument.Element path = shape("path", outline.expand(state.strokeWidth() / 2));
		if (path != null) {
			path.attribute("d", SvgPathData.arc(outline, startAngle, arcAngle, false));
			state.stroke(path);
			path.end();
		}
	}

	@Override
	public void fillArc(int x, int y, int width, int height, int startAngle, int arcAngle) {
		if (Math.abs(arcAngle) >= 360) {
			fillOval(x, y, width, height);
			return;
		}
		Box area = box(x, y, width, height);
		SvgDocument.Element path = shape("path", area);
		if (path != null && !area.isEmpty()) {
			path.attribute("d", SvgPathData.arc(area, startAngle, arcAngle, true));
			state.fillWithBackground(path);
			path.end();
		}
	}

	@Override
	public void drawPolyline(PointList points) {
		poly("polyline", points, false);
	}

	@Override
	public void drawPolygon(PointList points) {
		poly("polygon", points, false);
	}

	@Override
	public void fillPolygon(PointList points) {
		poly("polygon", points, true);
	}

	@Override
	public void drawPath(Path path) {
		path(path, false);
	}

	@Override
	public void fillPath(Path path) {
		path(path, true);
	}

	// ---- text and images

	@Override
	public void drawString(String s, int x, int y) {
		drawText(s, x, y, SWT.DRAW_TRANSPARENT);
	}

	@Override
	public void fillString(String s, int x, int y) {
		drawText(s, x, y, 0);
	}

	@Override
	public void drawText(String s, int x, int y) {
		drawText(s, x, y, SWT.DRAW_DELIMITER | SWT.DRAW_TAB | SWT.DRAW_TRANSPARENT);
	}

	@Override
	public void fillText(String s, int x, int y) {
		drawText(s, x, y, SWT.DRAW_DELIMITER | SWT.DRAW_TAB);
	}

	/** Like {@code GC.drawText(String, int, int, int)}: the flags say whether line breaks, tabs and '&amp;' count. */
	@Override
	public void drawText(String s, int x, int y, int style) {
		if ((style & SWT.DRAW_TRANSPARENT) == 0) {
			org.eclipse.swt.graphics.Point size = text.extent(s, state.font, style);
			fillRectangle(x, y, size.x, size.y);
		}
		String shown = (style & SWT.DRAW_MNEMONIC) != 0 ? s.replaceAll("&(.)", "$1") : s;
		String[] lines = (style & SWT.DRAW_DELIMITER) != 0 ? shown.split("\r\n|\r|\n", -1) : new String[] { shown };
		FontMetrics metrics = text.metrics(state.font);
		for (int i = 0; i < lines.length; i++) {
			String line = (style & SWT.DRAW_TAB) != 0 ? SvgText.expandTabs(lines[i]) : lines[i];
			textLine(line, state.font, x, y + i * metrics.getHeight(), metrics.getLeading() + metrics.getAscent());
		}
	}

	/** Each line of the layout in the layout's font; per-range styles and the selection are not exported. */
	@Override
	public void drawTextLayout(TextLayout layout, int x, int y, int selectionStart, int selectionEnd,
			Color selectionForeground, Color selectionBackground) {
		String all = layout.getText();
		int[] offsets = layout.getLineOffsets();
		Font font = layout.getFont() != null ? layout.getFont() : state.font;
		for (int i = 0; i < layout.getLineCount(); i++) {
			String line = all.substring(offsets[i], Math.min(offsets[i + 1], all.length())).replaceAll("[\r\n]+$", "");
			org.eclipse.swt.graphics.Rectangle bounds = layout.getLineBounds(i);
			FontMetrics metrics = layout.getLineMetrics(i);
			textLine(line, font, x + bounds.x, y + bounds.y, metrics.getLeading() + metrics.getAscent());
		}
	}

	@Override
	public void drawImage(Image image, int x, int y) {
		org.eclipse.swt.graphics.Rectangle size = image.getBounds();
		drawImage(image, 0, 0, size.width, size.height, x, y, size.width, size.height);
	}

	/** The image embedded as PNG; a nested viewport shows the source part scaled to the target. */
	@Override
	public void drawImage(Image image, int sourceX, int sourceY, int sourceWidth, int sourceHeight, int x, int y,
			int width, int height) {
		Box target = box(x, y, width, height);
		SvgDocument.Element group = shape("g", target);
		if (group == null || target.isEmpty()) {
			return;
		}
		group.open();
		document.element("svg").attribute("x", target.x()).attribute("y", target.y())
				.attribute("width", target.width()).attribute("height", target.height())
				.attribute("viewBox", sourceX + " " + sourceY + " " + sourceWidth + " " + sourceHeight)
				.attribute("preserveAspectRatio", "none").open();
		org.eclipse.swt.graphics.Rectangle size = image.getBounds();
		document.element("image").attribute("width", size.width).attribute("height", size.height)
				.attribute("xlink:href", document.imageUri(image)).end();
		document.close("svg");
		document.close("g");
	}

	// ---- helpers

	/**
	 * Starts an element covering {@code bounds}, clipped to the current clip if it reaches outside it; null when the
	 * clip hides it completely, so nothing invisible is written.
	 */
	private SvgDocument.Element shape(String name, Box bounds) {
		Box clip = state.clip;
		if (!bounds.touches(clip)) {
			return null;
		}
		// The clip path is written before the element, never inside its start tag.
		String clipId = clip.contains(bounds) ? null : document.clipId(clip);
		SvgDocument.Element element = document.element(name);
		if (clipId != null) {
			element.attribute("clip-path", "url(#" + clipId + ")");
		}
		return element;
	}

	private static void rect(SvgDocument.Element rect, Box box) {
		rect.attribute("x", box.x()).attribute("y", box.y()).attribute("width", box.width())
				.attribute("height", box.height());
	}

	private void corners(SvgDocument.Element rect, Box box, int arcWidth, int arcHeight) {
		if (arcWidth > 0 && arcHeight > 0) {
			rect.attribute("rx", Math.min(box.width() / 2, arcWidth * state.scaleX / 2));
			rect.attribute("ry", Math.min(box.height() / 2, arcHeight * state.scaleY / 2));
		}
	}

	private static void ellipse(SvgDocument.Element ellipse, Box box) {
		ellipse.attribute("cx", box.x() + box.width() / 2).attribute("cy", box.y() + box.height() / 2)
				.attribute("rx", box.width() / 2).attribute("ry", box.height() / 2);
	}

	private void poly(String name, PointList points, boolean fill) {
		if (points.size() == 0) {
			return;
		}
		double offset = fill ? 0 : state.strokeOffset();
		StringBuilder coordinates = new StringBuilder();
		double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
		for (int i = 0; i < points.size(); i++) {
			double px = x(points.getPoint(i).x) + offset;
			double py = y(points.getPoint(i).y) + offset;
			coordinates.append(i == 0 ? "" : " ").append(SvgDocument.number(px)).append(',')
					.append(SvgDocument.number(py));
			minX = Math.min(minX, px);
			minY = Math.min(minY, py);
			maxX = Math.max(maxX, px);
			maxY = Math.max(maxY, py);
		}
		Box bounds = new Box(minX, minY, maxX - minX, maxY - minY).expand(fill ? 0 : state.strokeWidth() / 2);
		SvgDocument.Element element = shape(name, bounds);
		if (element != null) {
			element.attribute("points", coordinates.toString());
			paintPath(element, fill);
			element.end();
		}
	}

	private void path(Path path, boolean fill) {
		float[] bounds = new float[4];
		path.getBounds(bounds);
		double offset = fill ? 0 : state.strokeOffset();
		Box area = box(bounds[0], bounds[1], bounds[2], bounds[3]).translate(offset, offset);
		SvgDocument.Element element = shape("path", area.expand(fill ? 0 : state.strokeWidth() / 2));
		if (element != null) {
			PathData data = path.getPathData();
			element.attribute("d", SvgPathData.of(data, p -> x(p) + offset, p -> y(p) + offset));
			paintPath(element, fill);
			element.end();
		}
	}

	private void paintPath(SvgDocument.Element element, boolean fill) {
		if (fill) {
			state.fillWithBackground(element);
			state.fillRule(element);
		} else {
			state.stroke(element);
		}
	}

	/** One line of text whose top is at local {@code top}; SVG wants the baseline, {@code ascent} below the top. */
	private void textLine(String line, Font font, int left, int top, int ascent) {
		if (line.isEmpty()) {
			return;
		}
		FontMetrics metrics = text.metrics(font);
		Box bounds = box(left, top, text.width(line, font), metrics.getHeight());
		SvgDocument.Element element = shape("text", bounds);
		if (element == null) {
			return;
		}
		element.attribute("x", bounds.x()).attribute("y", y(top + ascent));
		text.fontAttributes(element, font, state.scaleY);
		state.fillWithForeground(element);
		if (line.length() > 1) {
			// Keeps each line as long as on screen even where the viewer lacks the font, so texts never run
			// out of their cards.
			element.attribute("textLength", bounds.width()).attribute("lengthAdjust", "spacing");
		}
		element.attribute("xml:space", "preserve");
		element.endWithText(line);
	}
}
