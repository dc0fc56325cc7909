package org.cjmstudio.diagram.export;

import java.util.ArrayDeque;
import java.util.Deque;

import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.Pattern;

/**
 * The bookkeeping half of the vector exports ({@link SvgGraphics}, {@link PdfGraphics}): the settings figures make
 * (colours, font, lines), where local coordinates lie in the document (translation, scale), the clip, and the states
 * {@link #pushState()} saves. It draws nothing; its subclasses turn drawing calls into SVG elements or PDF operators
 * using this state.
 */
abstract class StateKeepingGraphics extends Graphics {

	private final VectorGraphicsState initial;
	private final Deque<VectorGraphicsState> saved = new ArrayDeque<>();
	VectorGraphicsState state;

	StateKeepingGraphics(VectorGraphicsState initial) {
		this.initial = initial.copy();
		state = initial;
	}

	@Override
	public void translate(int dx, int dy) {
		translate((float) dx, (float) dy);
	}

	@Override
	public void translate(float dx, float dy) {
		state.translateX += dx * state.scaleX;
		state.translateY += dy * state.scaleY;
	}

	@Override
	public void scale(double factor) {
		scale((float) factor, (float) factor);
	}

	@Override
	public void scale(float horizontal, float vertical) {
		state.scaleX *= horizontal;
		state.scaleY *= vertical;
	}

	@Override
	public double getAbsoluteScale() {
		return state.scaleX;
	}

	@Override
	public void rotate(float degrees) {
		throw new UnsupportedOperationException("The SVG export cannot draw rotated figures");
	}

	@Override
	public void shear(float horizontal, float vertical) {
		throw new UnsupportedOperationException("The SVG export cannot draw sheared figures");
	}

	@Override
	public void clipRect(Rectangle rectangle) {
		state.clip = state.clip.intersect(box(rectangle.x, rectangle.y, rectangle.width, rectangle.height));
	}

	@Override
	public void setClip(Rectangle rectangle) {
		state.clip = initial.clip.intersect(box(rectangle.x, rectangle.y, rectangle.width, rectangle.height));
	}

	/** Approximated by the path's bounding box: exact for the rectangles draw2d clips to. */
	@Override
	public void setClip(Path path) {
		float[] bounds = new float[4];
		path.getBounds(bounds);
		state.clip = initial.clip.intersect(box(bounds[0], bounds[1], bounds[2], bounds[3]));
	}

	@Override
	public Rectangle getClip(Rectangle rectangle) {
		Box clip = state.clip;
		int left = (int) Math.floor((clip.x() - state.translateX) / state.scaleX);
		int top = (int) Math.floor((clip.y() - state.translateY) / state.scaleY);
		int right = (int) Math.ceil((clip.right() - state.translateX) / state.scaleX);
		int bottom = (int) Math.ceil((clip.bottom() - state.translateY) / state.scaleY);
		rectangle.setBounds(new Rectangle(left, top, clip.isEmpty() ? 0 : right - left,
				clip.isEmpty() ? 0 : bottom - top));
		return rectangle;
	}

	@Override
	public void pushState() {
		saved.push(state.copy());
	}

	@Override
	public void popState() {
		state = saved.isEmpty() ? initial.copy() : saved.pop();
	}

	@Override
	public void restoreState() {
		state = (saved.isEmpty() ? initial : saved.peek()).copy();
	}

	@Override
	public Color getBackgroundColor() {
		return state.background;
	}

	@Override
	public void setBackgroundColor(Color color) {
		state.background = color;
	}

	@Override
	public Color getForegroundColor() {
		return state.foreground;
	}

	@Override
	public void setForegroundColor(Color color) {
		state.foreground = color;
	}

	/** Patterns have no SVG counterpart here: the plain background colour is used. */
	@Override
	public void setBackgroundPattern(Pattern pattern) {
		// deliberately ignored, see the method comment
	}

	/** Patterns have no SVG counterpart here: the plain foreground colour is used. */
	@Override
	public void setForegroundPattern(Pattern pattern) {
		// deliberately ignored, see the method comment
	}

	@Override
	public Font getFont() {
		return state.font;
	}

	@Override
	public void setFont(Font font) {
		state.font = font;
	}

	@Override
	public int getLineWidth() {
		return state.lineWidth;
	}

	@Override
	public void setLineWidth(int width) {
		state.lineWidth = width;
	}

	@Override
	public int getLineStyle() {
		return state.lineStyle;
	}

	@Override
	public void setLineStyle(int style) {
		state.lineStyle = style;
	}

	@Override
	public void setLineDash(int[] dash) {
		state.lineDash = dash == null ? null : dash.clone();
		state.lineStyle = dash == null ? SWT.LINE_SOLID : SWT.LINE_CUSTOM;
	}

	@Override
	public int getLineCap() {
		return state.lineCap;
	}

	@Override
	public void setLineCap(int cap) {
		state.lineCap = cap;
	}

	@Override
	public int getLineJoin() {
		return state.lineJoin;
	}

	@Override
	public void setLineJoin(int join) {
		state.lineJoin = join;
	}

	@Override
	public int getAlpha() {
		return state.alpha;
	}

	@Override
	public void setAlpha(int alpha) {
		state.alpha = alpha;
	}

	@Override
	public int getFillRule() {
		return state.fillRule;
	}

	@Override
	public void setFillRule(int rule) {
		state.fillRule = rule;
	}

	/** Remembered only: SVG viewers antialias by themselves. */
	@Override
	public int getAntialias() {
		return state.antialias;
	}

	@Override
	public void setAntialias(int value) {
		state.antialias = value;
	}

	@Override
	public int getTextAntialias() {
		return state.textAntialias;
	}

	@Override
	public void setTextAntialias(int value) {
		state.textAntialias = value;
	}

	@Override
	public int getInterpolation() {
		return state.interpolation;
	}

	@Override
	public void setInterpolation(int interpolation) {
		state.interpolation = interpolation;
	}

	/** Remembered only: XOR drawing is for rubber bands on screen, which never reach an export. */
	@Override
	public boolean getXORMode() {
		return state.xorMode;
	}

	@Override
	public void setXORMode(boolean xor) {
		state.xorMode = xor;
	}

	final double x(double localX) {
		return localX * state.scaleX + state.translateX;
	}

	final double y(double localY) {
		return localY * state.scaleY + state.translateY;
	}

	/** A local rectangle in document coordinates. */
	final Box box(double x, double y, double width, double height) {
		return new Box(x(x), y(y), width * state.scaleX, height * state.scaleY);
	}

	/** Where a stroked outline of a local rectangle runs: SWT's drawRectangle covers width + 1 pixels. */
	final Box strokeBox(int x, int y, int width, int height) {
		double offset = state.strokeOffset();
		return box(x, y, width, height).translate(offset, offset);
	}
}
