package org.cjmstudio.diagram.export;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The outlines SWT draws with one call, as PDF path operators (PDF knows only lines and cubic Bézier curves):
 * rounded rectangles, ellipses and arcs, in document coordinates whose y axis points down, as on screen.
 */
final class PdfShapes {

	private PdfShapes() {
	}

	static void roundRectangle(PDPageContentStream out, Box box, double rx, double ry) throws IOException {
		if (rx <= 0 || ry <= 0) {
			out.addRect((float) box.x(), (float) box.y(), (float) box.width(), (float) box.height());
			return;
		}
		double left = box.x();
		double top = box.y();
		double right = box.right();
		double bottom = box.bottom();
		out.moveTo((float) (left + rx), (float) top);
		out.lineTo((float) (right - rx), (float) top);
		corner(out, right - rx, top + ry, rx, ry, 90, 0);
		out.lineTo((float) right, (float) (bottom - ry));
		corner(out, right - rx, bottom - ry, rx, ry, 0, -90);
		out.lineTo((float) (left + rx), (float) bottom);
		corner(out, left + rx, bottom - ry, rx, ry, -90, -180);
		out.lineTo((float) left, (float) (top + ry));
		corner(out, left + rx, top + ry, rx, ry, 180, 90);
		out.closePath();
	}

	static void ellipse(PDPageContentStream out, Box box) throws IOException {
		double rx = box.width() / 2;
		double ry = box.height() / 2;
		double cx = box.x() + rx;
		double cy = box.y() + ry;
		out.moveTo((float) (cx + rx), (float) cy);
		for (int start = 0; start < 360; start += 90) {
			corner(out, cx, cy, rx, ry, start, start + 90);
		}
		out.closePath();
	}

	/**
	 * An arc of the ellipse in {@code box} as SWT's drawArc/fillArc: degrees, 0 at three o'clock, positive
	 * counter-clockwise on screen. A pie also runs to the centre and back.
	 */
	static void arc(PDPageContentStream out, Box box, int startAngle, int arcAngle, boolean pie) throws IOException {
		double rx = box.width() / 2;
		double ry = box.height() / 2;
		double cx = box.x() + rx;
		double cy = box.y() + ry;
		double start = Math.toRadians(startAngle);
		if (pie) {
			out.moveTo((float) cx, (float) cy);
			out.lineTo((float) (cx + rx * Math.cos(start)), (float) (cy - ry * Math.sin(start)));
		} else {
			out.moveTo((float) (cx + rx * Math.cos(start)), (float) (cy - ry * Math.sin(start)));
		}
		int segments = Math.max(1, (int) Math.ceil(Math.abs(arcAngle) / 90.0));
		double step = arcAngle / (double) segments;
		for (int i = 0; i < segments; i++) {
			corner(out, cx, cy, rx, ry, startAngle + i * step, startAngle + (i + 1) * step);
		}
		if (pie) {
			out.closePath();
		}
	}

	/** One Bézier segment of at most 90 degrees from the current point, which must be at {@code from}. */
	private static void corner(PDPageContentStream out, double cx, double cy, double rx, double ry, double from,
			double to) throws IOException {
		double a = Math.toRadians(from);
		double b = Math.toRadians(to);
		double k = 4.0 / 3.0 * Math.tan((b - a) / 4);
		// Points on screen: (cx + rx cos t, cy - ry sin t); their tangents: (-rx sin t, -ry cos t).
		double x1 = cx + rx * Math.cos(a) - k * rx * Math.sin(a);
		double y1 = cy - ry * Math.sin(a) - k * ry * Math.cos(a);
		double x2 = cx + rx * Math.cos(b) + k * rx * Math.sin(b);
		double y2 = cy - ry * Math.sin(b) + k * ry * Math.cos(b);
		out.curveTo((float) x1, (float) y1, (float) x2, (float) y2, (float) (cx + rx * Math.cos(b)),
				(float) (cy - ry * Math.sin(b)));
	}
}
