package org.cjmstudio.diagram.export;

/**
 * A rectangle in the SVG document's coordinates. Doubles, not draw2d's integer rectangles, because strokes sit on
 * half pixels and a scaled drawing lands between pixels.
 */
record Box(double x, double y, double width, double height) {

	double right() {
		return x + width;
	}

	double bottom() {
		return y + height;
	}

	boolean isEmpty() {
		return width <= 0 || height <= 0;
	}

	Box intersect(Box other) {
		double left = Math.max(x, other.x);
		double top = Math.max(y, other.y);
		double right = Math.min(right(), other.right());
		double bottom = Math.min(bottom(), other.bottom());
		return new Box(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
	}

	/** Whether a shape with these bounds can show through {@code clip}; a line has no area but still shows. */
	boolean touches(Box clip) {
		return !clip.isEmpty() && x <= clip.right() && clip.x <= right() && y <= clip.bottom() && clip.y <= bottom();
	}

	boolean contains(Box other) {
		return other.x >= x && other.y >= y && other.right() <= right() && other.bottom() <= bottom();
	}

	Box expand(double by) {
		return new Box(x - by, y - by, width + 2 * by, height + 2 * by);
	}

	Box translate(double dx, double dy) {
		return new Box(x + dx, y + dy, width, height);
	}
}
