package org.cjmstudio.diagram.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.IdentityHashMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;
import org.eclipse.draw2d.geometry.PointList;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.FontMetrics;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.PathData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.TextLayout;

/**
 * A draw2d {@code Graphics} that writes what figures paint as PDF vector operators into one page's content stream,
 * so a printed map stays sharp at any size and its texts stay text (selectable, searchable). Like
 * {@link SvgGraphics} it keeps SWT's conventions so the page matches the screen: document coordinates are the
 * map's pixels at 100 % with the y axis pointing down (the page's transformation maps them onto the paper), texts are
 * placed by their top and stretched to the width they have on screen. The screen's TrueType font is embedded as a
 * subset ({@link PdfFonts}). Not supported, as in the SVG export: rotation, shearing, patterns, XOR; gradients are
 * filled in the middle colour, transparency is ignored.
 */
public final class PdfGraphics extends StateKeepingGraphics {

	private static final double POINTS_PER_INCH = 72;

	private final PDDocument document;
	private final PDPageContentStream out;
	private final PdfFonts fonts;
	private final SvgText text;
	private final Device device;
	private final Map<Image, PDImageXObject> images = new IdentityHashMap<>();

	/**
	 * Draws into {@code out}, one page of {@code document}, of which {@code visible} (document coordinates) shows;
	 * {@code device} measures text and gives the initial font and colours, as a new SWT GC would have them.
	 */
	PdfGraphics(PDDocument document, PDPageContentStream out, PdfFonts fonts, Box visible, Device device) {
		super(new VectorGraphicsState(visible, device.getSystemColor(SWT.COLOR_BLACK),
				device.getSystemColor(SWT.COLOR_WHITE), device.getSystemFont()));
		this.document = document;
		this.out = out;
		this.fonts = fonts;
		this.device = device;
		text = new SvgText(device);
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
		stroke(new Box(Math.min(ax, bx), Math.min(ay, by), Math.abs(bx - ax), Math.abs(by - ay)), () -> {
			out.moveTo((float) ax, (float) ay);
			out.lineTo((float) bx, (float) by);
		});
	}

	@Override
	public void drawPoint(int x, int y) {
		Box pixel = box(x, y, 1, 1);
		fill(pixel, state.foreground, () -> out.addRect((float) pixel.x(), (float) pixel.y(), 1, 1));
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
		stroke(outline, () -> PdfShapes.roundRectangle(out, outline, radius(outline.width(), arcWidth, state.scaleX),
				radius(outline.height(), arcHeight, state.scaleY)));
	}

	@Override
	public void fillRoundRectangle(Rectangle r, int arcWidth, int arcHeight) {
		Box area = box(r.x, r.y, r.width, r.height);
		fill(area, state.background, () -> PdfShapes.roundRectangle(out, area, radius(area.width(), arcWidth,
				state.scaleX), radius(area.height(), arcHeight, state.scaleY)));
	}

	private static double radius(double side, int arc, double scale) {
		return arc <= 0 ? 0 : Math.min(side / 2, arc * scale / 2);
	}

	@Override
	public void drawFocus(int x, int y, int width, int height) {
		int style = state.lineStyle;
		state.lineStyle = SWT.LINE_DOT;
		drawRectangle(x, y, width, height);
		state.lineStyle = style;
	}

	/** PDF shadings would do; our figures paint no gradients, so the middle colour is enough. */
	@Override
	public void fillGradient(int x, int y, int width, int height, boolean vertical) {
		Color from = state.foreground;
		Color to = state.background;
		Color middle = new Color((from.getRed() + to.getRed()) / 2, (from.getGreen() + to.getGreen()) / 2,
				(from.getBlue() + to.getBlue()) / 2);
		Box area = box(x, y, width, height);
		fill(area, middle, () -> out.addRect((float) area.x(), (float) area.y(), (float) area.width(),
				(float) area.height()));
	}

	@Override
	public void drawOval(int x, int y, int width, int height) {
		Box outline = strokeBox(x, y, width, height);
		stroke(outline, () -> PdfShapes.ellipse(out, outline));
	}

	@Override
	public void fillOval(int x, int y, int width, int height) {
		Box area = box(x, y, width, height);
		fill(area, state.background, () -> PdfShapes.ellipse(out, area));
	}

	@Override
	public void drawArc(int x, int y, int width, int height, int startAngle, int arcAngle) {
		Box outline = strokeBox(x, y, width, height);
		stroke(outline, () -> PdfShapes.arc(out, outline, startAngle, arcAngle, false));
	}

	@Override
	public void fillArc(int x, int y, int width, int height, int startAngle, int arcAngle) {
		Box area = box(x, y, width, height);
		fill(area, state.background, () -> PdfShapes.arc(out, area, startAngle, arcAngle, true));
	}

	@Override
	public void drawPolyline(PointList points) {
		poly(points, false, false);
	}

	@Override
	public void drawPolygon(PointList points) {
		poly(points, true, false);
	}

	@Override
	public void fillPolygon(PointList points) {
		poly(points, true, true);
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

	/** The image embedded losslessly; the source part is cropped and scaled to the target. */
	@Override
	public void drawImage(Image image, int sourceX, int sourceY, int sourceWidth, int sourceHeight, int x, int y,
			int width, int height) {
		Box target = box(x, y, width, height);
		org.eclipse.swt.graphics.Rectangle size = image.getBounds();
		if (target.isEmpty() || !begin(target)) {
			return;
		}
		try {
			PDImageXObject picture = images.computeIfAbsent(image, this::embed);
			// The whole image placed so that its source part covers the target, clipped to the target.
			double scaleX = target.width() / sourceWidth;
			double scaleY = target.height() / sourceHeight;
			double left = target.x() - sourceX * scaleX;
			double top = target.y() - sourceY * scaleY;
			out.addRect((float) target.x(), (float) target.y(), (float) target.width(), (float) target.height());
			out.clip();
			out.drawImage(picture, new Matrix((float) (size.width * scaleX), 0, 0, (float) -(size.height * scaleY),
					(float) left, (float) (top + size.height * scaleY)));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} finally {
			end();
		}
	}

	private PDImageXObject embed(Image image) {
		ImageData data = image.getImageData();
		BufferedImage pixels = new BufferedImage(data.width, data.height, BufferedImage.TYPE_INT_ARGB);
		for (int row = 0; row < data.height; row++) {
			for (int column = 0; column < data.width; column++) {
				int pixel = data.getPixel(column, row);
				RGB rgb = data.palette.getRGB(pixel);
				int alpha = data.transparentPixel == pixel ? 0 : data.getAlpha(column, row);
				pixels.setRGB(column, row, alpha << 24 | rgb.red << 16 | rgb.green << 8 | rgb.blue);
			}
		}
		try {
			return LosslessFactory.createFromImage(document, pixels);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	// ---- helpers

	/** Something that adds a path to the content stream. */
	private interface Outline {
		void add() throws IOException;
	}

	private void stroke(Box bounds, Outline outline) {
		if (!begin(bounds.expand(state.strokeWidth() / 2))) {
			return;
		}
		try {
			strokeSettings();
			outline.add();
			out.stroke();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} finally {
			end();
		}
	}

	private void fill(Box bounds, Color color, Outline outline) {
		if (bounds.isEmpty() || !begin(bounds)) {
			return;
		}
		try {
			nonStroking(color);
			outline.add();
			if (state.fillRule == SWT.FILL_WINDING) {
				out.fill();
			} else {
				out.fillEvenOdd();
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} finally {
			end();
		}
	}

	/**
	 * Starts a drawing operation covering {@code bounds}, clipped to the current clip if it reaches outside it;
	 * false when the clip hides it completely, so nothing invisible is written. Pair with {@link #end()}.
	 */
	private boolean begin(Box bounds) {
		Box clip = state.clip;
		if (!bounds.touches(clip)) {
			return false;
		}
		try {
			out.saveGraphicsState();
			if (!clip.contains(bounds)) {
				out.addRect((float) clip.x(), (float) clip.y(), (float) clip.width(), (float) clip.height());
				out.clip();
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return true;
	}

	private void end() {
		try {
			out.restoreGraphicsState();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void strokeSettings() throws IOException {
		Color color = state.foreground;
		out.setStrokingColor(color.getRed() / 255f, color.getGreen() / 255f, color.getBlue() / 255f);
		out.setLineWidth((float) state.strokeWidth());
		int[] dashes = state.dashes();
		if (dashes != null) {
			double unit = state.lineWidth == 0 || state.lineStyle == SWT.LINE_CUSTOM ? 1 : state.lineWidth;
			float[] pattern = new float[dashes.length];
			for (int i = 0; i < dashes.length; i++) {
				pattern[i] = (float) (dashes[i] * unit * (state.scaleX + state.scaleY) / 2);
			}
			out.setLineDashPattern(pattern, 0);
		}
		out.setLineCapStyle(state.lineCap == SWT.CAP_ROUND ? 1 : state.lineCap == SWT.CAP_SQUARE ? 2 : 0);
		out.setLineJoinStyle(state.lineJoin == SWT.JOIN_ROUND ? 1 : state.lineJoin == SWT.JOIN_BEVEL ? 2 : 0);
	}

	private void nonStroking(Color color) throws IOException {
		out.setNonStrokingColor(color.getRed() / 255f, color.getGreen() / 255f, color.getBlue() / 255f);
	}

	private void poly(PointList points, boolean closed, boolean fill) {
		if (points.size() == 0) {
			return;
		}
		double offset = fill ? 0 : state.strokeOffset();
		double[] xs = new double[points.size()];
		double[] ys = new double[points.size()];
		double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
		for (int i = 0; i < points.size(); i++) {
			xs[i] = x(points.getPoint(i).x) + offset;
			ys[i] = y(points.getPoint(i).y) + offset;
			minX = Math.min(minX, xs[i]);
			minY = Math.min(minY, ys[i]);
			maxX = Math.max(maxX, xs[i]);
			maxY = Math.max(maxY, ys[i]);
		}
		Box bounds = new Box(minX, minY, maxX - minX, maxY - minY);
		Outline outline = () -> {
			out.moveTo((float) xs[0], (float) ys[0]);
			for (int i = 1; i < xs.length; i++) {
				out.lineTo((float) xs[i], (float) ys[i]);
			}
			if (closed) {
				out.closePath();
			}
		};
		if (fill) {
			fill(bounds, state.background, outline);
		} else {
			stroke(bounds, outline);
		}
	}

	private void path(Path path, boolean fill) {
		float[] bounds = new float[4];
		path.getBounds(bounds);
		double offset = fill ? 0 : state.strokeOffset();
		Box area = box(bounds[0], bounds[1], bounds[2], bounds[3]).translate(offset, offset);
		PathData data = path.getPathData();
		Outline outline = () -> {
			int point = 0;
			for (byte type : data.types) {
				switch (type) {
					case SWT.PATH_MOVE_TO -> out.moveTo(px(data, point++, offset), py(data, point - 1, offset));
					case SWT.PATH_LINE_TO -> out.lineTo(px(data, point++, offset), py(data, point - 1, offset));
					case SWT.PATH_CUBIC_TO -> {
						out.curveTo(px(data, point, offset), py(data, point, offset), px(data, point + 1, offset),
								py(data, point + 1, offset), px(data, point + 2, offset), py(data, point + 2, offset));
						point += 3;
					}
					case SWT.PATH_QUAD_TO -> {
						out.curveTo1(px(data, point, offset), py(data, point, offset), px(data, point + 1, offset),
								py(data, point + 1, offset));
						point += 2;
					}
					case SWT.PATH_CLOSE -> out.closePath();
					default -> throw new IllegalArgumentException("Unknown SWT path segment " + type);
				}
			}
		};
		if (fill) {
			fill(area, state.background, outline);
		} else {
			stroke(area, outline);
		}
	}

	private float px(PathData data, int point, double offset) {
		return (float) (x(data.points[point * 2]) + offset);
	}

	private float py(PathData data, int point, double offset) {
		return (float) (y(data.points[point * 2 + 1]) + offset);
	}

	/**
	 * One line of text whose top is at local {@code top}: PDF places text by its baseline, {@code ascent} below the
	 * top, and the line is stretched to its on-screen width so it never runs out of its card.
	 */
	private void textLine(String line, Font font, int left, int top, int ascent) {
		if (line.isEmpty()) {
			return;
		}
		FontMetrics metrics = text.metrics(font);
		Box bounds = box(left, top, text.width(line, font), metrics.getHeight());
		if (!begin(bounds)) {
			return;
		}
		try {
			PDFont pdfFont = fonts.of(font);
			String shown = PdfFonts.printable(pdfFont, line);
			FontData data = font.getFontData()[0];
			float size = (float) (data.getHeight() * device.getDPI().y / POINTS_PER_INCH * state.scaleY);
			float natural = pdfFont.getStringWidth(shown) / 1000 * size;
			Color color = state.foreground;
			out.beginText();
			out.setFont(pdfFont, size);
			out.setNonStrokingColor(color.getRed() / 255f, color.getGreen() / 255f, color.getBlue() / 255f);
			if (natural > 0 && shown.length() > 1) {
				out.setHorizontalScaling((float) (bounds.width() / natural * 100));
			}
			// The page's y axis points down; the text matrix turns the letters upright again.
			out.setTextMatrix(new Matrix(1, 0, 0, -1, (float) bounds.x(), (float) y(top + ascent)));
			out.showText(shown);
			out.endText();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} finally {
			end();
		}
	}
}
