package org.cjmstudio.diagram.editor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.cjmstudio.diagram.figures.CardFigure;
import org.cjmstudio.model.Barrier;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Metric;
import org.cjmstudio.model.Opportunity;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;

/**
 * Makes the map's relations visible: selecting an opportunity outlines the barriers it addresses and the metrics that
 * measure it; selecting a barrier outlines the opportunities that address it; selecting a metric, the opportunities
 * it measures. Follows the selection and, after every change, the relations themselves.
 */
final class RelatedCards {

	private final GraphicalViewer viewer;
	private final List<CardFigure> outlined = new ArrayList<>();

	RelatedCards(GraphicalViewer viewer) {
		this.viewer = viewer;
		viewer.addSelectionChangedListener(this::selectionChanged);
	}

	private void selectionChanged(SelectionChangedEvent event) {
		refresh();
	}

	/** Outlines what is related to the one selected card, and nothing when none or several are selected. */
	void refresh() {
		outlined.forEach(card -> card.setRelated(false));
		outlined.clear();
		IStructuredSelection selection = (IStructuredSelection) viewer.getSelection();
		if (selection.size() == 1 && selection.getFirstElement() instanceof EditPart part
				&& part.getModel() instanceof EObject element) {
			for (EObject related : related(element)) {
				if (viewer.getEditPartRegistry().get(related) instanceof GraphicalEditPart relatedPart
						&& relatedPart.getFigure() instanceof CardFigure card) {
					card.setRelated(true);
					outlined.add(card);
				}
			}
		}
	}

	/** The cards {@code element} is related to through the map's opportunities. */
	static Set<EObject> related(EObject element) {
		Set<EObject> related = new LinkedHashSet<>();
		if (element instanceof Opportunity opportunity) {
			related.addAll(opportunity.getAddresses());
			related.addAll(opportunity.getMetrics());
		} else if ((element instanceof Barrier || element instanceof Metric)
				&& EcoreUtil.getRootContainer(element) instanceof JourneyMap map) {
			for (Opportunity opportunity : map.getOpportunities()) {
				if (opportunity.getAddresses().contains(element) || opportunity.getMetrics().contains(element)) {
					related.add(opportunity);
				}
			}
		}
		return related;
	}
}
