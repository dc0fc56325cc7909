package org.cjmstudio.research.ui.view;

import java.util.List;

import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.JourneyMap;
import org.eclipse.emf.ecore.EReference;

/**
 * A folder row of the Research view that holds the map's insights or its data sources. Two groups are equal when
 * they show the same list of the same map, so the tree keeps them expanded and selected across refreshes.
 */
public record EvidenceGroup(JourneyMap map, EReference list, String label) {

	public static EvidenceGroup insightsOf(JourneyMap map) {
		return new EvidenceGroup(map, CjmPackage.Literals.JOURNEY_MAP__INSIGHTS, "Insights");
	}

	public static EvidenceGroup dataSourcesOf(JourneyMap map) {
		return new EvidenceGroup(map, CjmPackage.Literals.JOURNEY_MAP__DATA_SOURCES, "Data sources");
	}

	public List<?> members() {
		return (List<?>) map.eGet(list);
	}
}
