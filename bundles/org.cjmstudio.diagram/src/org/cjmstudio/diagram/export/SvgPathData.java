package org.cjmstudio.diagram.export;

import java.util.function.DoubleUnaryOperator;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.PathData;

/** SVG path data ({@code d} attributes) for what SWT draws as arcs and paths. */
final class SvgPathData {

	private SvgPathData() {
	}

	/**
	 * An arc of the ellipse in {@code box}, as SWT's drawArc/fillArc: angles in degrees, 0 at three o'clock,
	 * positive counter-clockwise. A pie also runs to the centre and back.
	 */
	static String arc(Box box, int startAngle, int arcAngle, boolean pie) {
		double rx = box.width() / 2;
		double ry = box.height() / 2;
		double cx = box.x() + rx;
		double cy = box.y() + ry;
		double start = Math.toRadians(startAngle);
		double end = Math.toRadians(startAngle + arcAngle);
		StringBuilder d = new StringBuilder();
		if (pie) {
			d.append("M").append(point(cx, cy)).append(" L");
		} else {
			d.append("M");
		}
		d.append(point(cx + rx * Math.cos(start), cy - ry * Math.sin(start)));
		// Counter-clockwise on a screen whose y axis points down is SVG's negative sweep direction.
		d.append(" A").append(point(rx, ry)).append(" 0 ").append(Math.abs(arcAngle) > 180 ? 1 : 0)
				.append(arcAngle > 0 ? " 0 " : " 1 ")
				.append(point(cx + rx * Math.cos(end), cy - ry * Math.sin(end)));
		if (pie) {
			d.append(" Z");
		}
		return d.toString();
	}

	/** An SWT path in document coordinates, mapped point by point with {@code x} and {@code y}. */
	static String of(PathData path, DoubleUnaryOperator x, DoubleUnaryOperator y) {
		StringBuilder d = new StringBuilder();
		float[] points = path.points;
		int next = 0;
		for (byte type : path.types) {
			int count = switch (type) {
				case SWT.PATH_MOVE_TO -> command(d, "M");
				case SWT.PATH_LINE_TO -> command(d, "L");
				case SWT.PATH_QUAD_TO -> command(d, "Q") * 2;
				case SWT.PATH_CUBIC_TO -> command(d, "C") * 3;
				case SWT.PATH_CLOSE -> command(d, "Z") * 0;
				default -> throw new IllegalArgumentException("Unknown SWT path segment type " + type);
			};
			for (int i = 0; i < count; i++, next += 2) {
				d.append(i == 0 ? "" : " ").append(point(x.applyAsDouble(points[next]), y.applyAsDouble(points[next + 1])));
			}
		}
		return d.toString().trim();
	}

	private static int command(StringBuilder d, String letter) {
		d.append(d.isEmpty() ? "" : " ").append(letter);
		return 1;
	}

	private static String point(double x, double y) {
		return SvgDocument.number(x) + "," + SvgDocument.number(y);
	}
}
