package org.cjmstudio.diagram.export;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;

/**
 * Everything {@link SvgGraphics#pushState()} and {@link PdfGraphics#pushState()} save: where local coordinates are in the document, the clip, colours,
 * font and line settings. It also knows how those settings read as SVG paint attributes.
 */
final class VectorGraphicsState {

	/** SWT's dash patterns (GC on every platform), in line widths; lines of width 0 use the longer "zero" ones. */
	private static final int[] DOT = { 1, 1 };
	private static final int[] DASH = { 3, 1 };
	private static final int[] DASH_DOT = { 3, 1, 1, 1 };
	private static final int[] DASH_DOT_DOT = { 3, 1, 1, 1, 1, 1 };
	private static final int[] DOT_ZERO = { 3, 3 };
	private static final int[] DASH_ZERO = { 18, 6 };
	private static final int[] DASH_DOT_ZERO = { 9, 6, 3, 6 };
	private static final int[] DASH_DOT_DOT_ZERO = { 9, 3, 3, 3, 3, 3 };

	double translateX;
	double translateY;
	double scaleX = 1;
	double scaleY = 1;
	/** In document coordinates, so it survives later translations unchanged. */
	Box clip;
	Color foreground;
	Color background;
	Font font;
	/** 0, as on a new SWT GC: the thinnest line the device draws. */
	int lineWidth;
	int lineStyle = SWT.LINE_SOLID;
	int[] lineDash;
	int lineCap = SWT.CAP_FLAT;
	int lineJoin = SWT.JOIN_MITER;
	int alpha = 255;
	int antialias = SWT.DEFAULT;
	int textAntialias = SWT.DEFAULT;
	int interpolation = SWT.DEFAULT;
	int fillRule = SWT.FILL_EVEN_ODD;
	boolean xorMode;

	VectorGraphicsState(Box clip, Color foreground, Color background, Font font) {
		this.clip = clip;
		this.foreground = foreground;
		this.background = background;
		this.font = font;
	}

	VectorGraphicsState copy() {
		VectorGraphicsState copy = new VectorGraphicsState(clip, foreground, background, font);
		copy.translateX = translateX;
		copy.translateY = translateY;
		copy.scaleX = scaleX;
		copy.scaleY = scaleY;
		copy.lineWidth = lineWidth;
		copy.lineStyle = lineStyle;
		copy.lineDash = lineDash;
		copy.lineCap = lineCap;
		copy.lineJoin = lineJoin;
		copy.alpha = alpha;
		copy.antialias = antialias;
		copy.textAntialias = textAntialias;
		copy.interpolation = interpolation;
		copy.fillRule = fillRule;
		copy.xorMode = xorMode;
		return copy;
	}

	/** The stroke width in document units; width 0 draws one pixel wide, as SWT does. */
	double strokeWidth() {
		return Math.max(1, lineWidth) * (scaleX + scaleY) / 2;
	}

	/**
	 * SWT centres odd-width lines on the middle of a pixel, so a 1-pixel line at x fills the pixel from x to x + 1;
	 * SVG centres on the coordinate itself, which would blur it over two pixels.
	 */
	double strokeOffset() {
		return Math.round(strokeWidth()) % 2 == 1 ? 0.5 : 0;
	}

	void fillWithBackground(SvgDocument.Element element) {
		paint(element, "fill", background);
	}

	void fillWithForeground(SvgDocument.Element element) {
		paint(element, "fill", foreground);
	}

	void stroke(SvgDocument.Element element) {
		element.attribute("fill", "none");
		paint(element, "stroke", foreground);
		if (strokeWidth() != 1) {
			element.attribute("stroke-width", strokeWidth());
		}
		int[] dashes = dashes();
		if (dashes != null) {
			double unit = lineWidth == 0 || lineStyle == SWT.LINE_CUSTOM ? 1 : lineWidth;
			element.attribute("stroke-dasharray", Arrays.stream(dashes)
					.mapToObj(dash -> SvgDocument.number(dash * unit * (scaleX + scaleY) / 2))
					.collect(Collectors.joining(",")));
		}
		if (lineCap == SWT.CAP_ROUND || lineCap == SWT.CAP_SQUARE) {
			element.attribute("stroke-linecap", lineCap == SWT.CAP_ROUND ? "round" : "square");
		}
		if (lineJoin == SWT.JOIN_ROUND || lineJoin == SWT.JOIN_BEVEL) {
			element.attribute("stroke-linejoin", lineJoin == SWT.JOIN_ROUND ? "round" : "bevel");
		}
	}

	/** For polygons and paths, whose inside depends on it; SWT's default is even-odd, SVG's is non-zero. */
	void fillRule(SvgDocument.Element element) {
		element.attribute("fill-rule", fillRule == SWT.FILL_WINDING ? "nonzero" : "evenodd");
	}

	private void paint(SvgDocument.Element element, String property, Color color) {
		element.attribute(property, SvgDocument.color(color));
		double opacity = alpha / 255.0 * color.getAlpha() / 255.0;
		if (opacity < 1) {
			element.attribute(property + "-opacity", opacity);
		}
	}

	int[] dashes() {
		boolean zero = lineWidth == 0;
		return switch (lineStyle) {
			case SWT.LINE_DOT -> zero ? DOT_ZERO : DOT;
			case SWT.LINE_DASH -> zero ? DASH_ZERO : DASH;
			case SWT.LINE_DASHDOT -> zero ? DASH_DOT_ZERO : DASH_DOT;
			case SWT.LINE_DASHDOTDOT -> zero ? DASH_DOT_DOT_ZERO : DASH_DOT_DOT;
			case SWT.LINE_CUSTOM -> lineDash;
			default -> null;
		};
	}
}
