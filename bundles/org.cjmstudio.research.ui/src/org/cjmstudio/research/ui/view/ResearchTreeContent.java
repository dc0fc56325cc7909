package org.cjmstudio.research.ui.view;

import java.util.ArrayList;
import java.util.List;

import org.cjmstudio.model.Insight;
import org.cjmstudio.model.Interview;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Quote;
import org.cjmstudio.model.ResearchStudy;
import org.eclipse.jface.viewers.ITreeContentProvider;

/**
 * The research of one map as a tree: studies, their interviews and the interviews' quotes, then an Insights and a
 * Data sources folder. Written against the model rather than the item providers because the map's item provider
 * mixes research with stages and personas, and the folders exist only in this view.
 */
final class ResearchTreeContent implements ITreeContentProvider {

	private static final Object[] NONE = new Object[0];

	/** The input is the {@link JourneyMap}. */
	@Override
	public Object[] getElements(Object input) {
		if (!(input instanceof JourneyMap map)) {
			return NONE;
		}
		List<Object> rows = new ArrayList<>(map.getStudies());
		rows.add(EvidenceGroup.insightsOf(map));
		rows.add(EvidenceGroup.dataSourcesOf(map));
		return rows.toArray();
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (parent instanceof ResearchStudy study) {
			return study.getInterviews().toArray();
		}
		if (parent instanceof Interview interview) {
			return interview.getQuotes().toArray();
		}
		if (parent instanceof EvidenceGroup group) {
			return group.members().toArray();
		}
		return NONE;
	}

	@Override
	public Object getParent(Object element) {
		if (element instanceof Insight insight && insight.eContainer() instanceof JourneyMap map) {
			return EvidenceGroup.insightsOf(map);
		}
		if (element instanceof org.cjmstudio.model.DataSource source && source.eContainer() instanceof JourneyMap map) {
			return EvidenceGroup.dataSourcesOf(map);
		}
		if (element instanceof Interview || element instanceof Quote) {
			return ((org.eclipse.emf.ecore.EObject) element).eContainer();
		}
		return null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return getChildren(element).length > 0;
	}
}
