package org.cjmstudio.diagram.editor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.cjmstudio.diagram.figures.RelationLinesLayer;
import org.cjmstudio.diagram.figures.RelationLinesLayer.Line;
import org.cjmstudio.model.Barrier;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Metric;
import org.cjmstudio.model.Opportunity;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.draw2d.FigureListener;
import org.eclipse.draw2d.IFigure;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.editparts.LayerManager;
import org.eclipse.swt.widgets.Control;

/**
 * Relations drawn as connections, a view option (Relation Lines, in the editor's toolbar and context menu): a line
 * from each opportunity to every barrier it addresses and every metric that measures it. Remembered across sessions
 * and shared by every open map editor, like a spreadsheet's gridlines setting. Lines follow the selection (strong
 * when they touch a selected card), every change of the relations, and every move of the cards they join.
 */
final class RelationLines {

	private static final String PREFERENCE = "relationLines";

	private final GraphicalViewer viewer;
	private final IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode("org.cjmstudio.diagram");
	private final IPreferenceChangeListener shownElsewhere = this::preferenceChanged;
	// Layout moves cards without a command (a wrapped name grows a card): the lines must follow.
	private final FigureListener cardMoved = figure -> repaintLines();
	private final List<IFigure> watched = new ArrayList<>();
	private Runnable refreshed = () -> {
	};

	RelationLines(GraphicalViewer viewer) {
		this.viewer = viewer;
		viewer.addSelectionChangedListener(event -> refresh());
		preferences.addPreferenceChangeListener(shownElsewhere);
		Control control = viewer.getControl();
		if (control != null) {
			control.addDisposeListener(event -> preferences.removePreferenceChangeListener(shownElsewhere));
		}
	}

	boolean isShown() {
		return preferences.getBoolean(PREFERENCE, false);
	}

	void setShown(boolean shown) {
		preferences.putBoolean(PREFERENCE, shown);
		refresh();
	}

	/** Another map editor switched the lines on or off: this one follows. */
	private void preferenceChanged(IEclipsePreferences.PreferenceChangeEvent event) {
		Control control = viewer.getControl();
		if (PREFERENCE.equals(event.getKey()) && control != null && !control.isDisposed()) {
			control.getDisplay().asyncExec(() -> {
				if (!control.isDisposed()) {
					refresh();
				}
			});
		}
	}

	/** Works out the lines again: after a selection or a change, the relations or their cards may differ. */
	void refresh() {
		RelationLinesLayer layer = layer();
		if (layer == null) {
			return;
		}
		watched.forEach(figure -> figure.removeFigureListener(cardMoved));
		watched.clear();
		List<Line> lines = isShown() ? lines() : List.of();
		for (Line line : lines) {
			watch(line.from());
			watch(line.to());
		}
		layer.setLines(() -> lines);
		refreshed.run();
	}

	/** Runs {@code follower} after every refresh, so a check box can show whether the lines are on. */
	void whenRefreshed(Runnable follower) {
		refreshed = follower;
	}

	private List<Line> lines() {
		List<Line> lines = new ArrayList<>();
		if (viewer.getContents() == null || !(viewer.getContents().getModel() instanceof JourneyMap map)) {
			return lines;
		}
		Set<Object> selected = selectedElements();
		for (Opportunity opportunity : map.getOpportunities()) {
			IFigure from = card(opportunity);
			if (from == null) {
				continue;
			}
			for (Barrier barrier : opportunity.getAddresses()) {
				add(lines, from, card(barrier), selected.contains(opportunity) || selected.contains(barrier));
			}
			for (Metric metric : opportunity.getMetrics()) {
				add(lines, from, card(metric), selected.contains(opportunity) || selected.contains(metric));
			}
		}
		return lines;
	}

	private static void add(List<Line> lines, IFigure from, IFigure to, boolean strong) {
		if (to != null) {
			lines.add(new Line(from, to, strong));
		}
	}

	private Set<Object> selectedElements() {
		Set<Object> selected = new HashSet<>();
		for (Object part : viewer.getSelectedEditParts()) {
			selected.add(((EditPart) part).getModel());
		}
		return selected;
	}

	private IFigure card(Object element) {
		return viewer.getEditPartRegistry().get(element) instanceof GraphicalEditPart part ? part.getFigure() : null;
	}

	private void watch(IFigure figure) {
		if (!watched.contains(figure)) {
			figure.addFigureListener(cardMoved);
			watched.add(figure);
		}
	}

	private void repaintLines() {
		RelationLinesLayer layer = layer();
		if (layer != null) {
			layer.repaint();
		}
	}

	private RelationLinesLayer layer() {
		LayerManager layers = (LayerManager) viewer.getEditPartRegistry().get(LayerManager.ID);
		return layers != null && layers.getLayer(RelationLinesLayer.LAYER) instanceof RelationLinesLayer layer
				? layer
				: null;
	}
}
