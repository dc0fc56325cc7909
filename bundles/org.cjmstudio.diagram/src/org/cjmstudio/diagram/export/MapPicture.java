package org.cjmstudio.diagram.export;

import java.time.LocalDate;
import java.util.List;

import org.cjmstudio.diagram.figures.JourneyGridFigure;
import org.cjmstudio.diagram.problems.ProblemIndex;
import org.cjmstudio.model.JourneyMap;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.swt.widgets.Display;

/**
 * What a picture of a map shows, in every format: the map at 100 % ({@link PrintableLayers}), with the
 * {@link ExportHeader} above it if asked for, and without the warning triangles if asked so (then the cards are
 * refreshed without their problems while the picture is taken, and with them again on {@link #close()}).
 */
final class MapPicture implements AutoCloseable {

	private final GraphicalViewer viewer;
	private final PrintableLayers layers;
	private final ExportHeader header;
	private final Object problems;

	private MapPicture(GraphicalViewer viewer, ExportOptions options) {
		this.viewer = viewer;
		problems = viewer.getProperty(ProblemIndex.VIEWER_PROPERTY);
		if (!options.warnings()) {
			showProblems(ProblemIndex.EMPTY);
		}
		layers = PrintableLayers.of(viewer);
		header = options.header() ? header(viewer, layers) : null;
	}

	static MapPicture of(GraphicalViewer viewer, ExportOptions options) {
		return new MapPicture(viewer, options);
	}

	/** The picture's size: the map at 100 %, and the header's band. */
	Dimension size() {
		Rectangle area = layers.area();
		return new Dimension(area.width, area.height + headerHeight());
	}

	/** Paints the whole picture with its top left corner at 0, 0. */
	void paint(Graphics graphics) {
		Rectangle area = layers.area();
		graphics.pushState();
		try {
			if (header != null) {
				header.paint(graphics, area.width, layers.control().getFont());
				graphics.translate(0, ExportHeader.HEIGHT);
			}
			layers.paint(graphics, area);
		} finally {
			graphics.popState();
		}
	}

	String title() {
		EditPart contents = viewer.getContents();
		return contents != null && contents.getModel() instanceof JourneyMap map ? map.getTitle() : null;
	}

	Display display() {
		return layers.control().getDisplay();
	}

	private int headerHeight() {
		return header == null ? 0 : ExportHeader.HEIGHT;
	}

	private static ExportHeader header(GraphicalViewer viewer, PrintableLayers layers) {
		EditPart contents = viewer.getContents();
		boolean isMap = contents instanceof GraphicalEditPart part && part.getFigure() instanceof JourneyGridFigure;
		JourneyGridFigure grid = isMap ? (JourneyGridFigure) ((GraphicalEditPart) contents).getFigure() : null;
		String title = contents != null && contents.getModel() instanceof JourneyMap map ? map.getTitle() : null;
		return new ExportHeader(layers.control().getDisplay(), layers.control().getFont(), title,
				grid == null ? List.of() : grid.curveLegend().getEntries(),
				grid != null && grid.curveLegend().showsStates(), LocalDate.now());
	}

	private void showProblems(Object index) {
		viewer.setProperty(ProblemIndex.VIEWER_PROPERTY, index);
		for (Object part : List.copyOf(viewer.getEditPartRegistry().values())) {
			((EditPart) part).refresh();
		}
	}

	@Override
	public void close() {
		if (header != null) {
			header.dispose();
		}
		if (viewer.getProperty(ProblemIndex.VIEWER_PROPERTY) != problems) {
			showProblems(problems);
		}
	}
}
