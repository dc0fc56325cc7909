package org.cjmstudio.collab.recording;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.change.FeatureChange;

/**
 * Which elements a recorded change touched, as far as their exported triples go: the changed elements, everything
 * added or removed (with what it contains), every element of a list whose order changed (their {@code cjm:position}
 * moves), and the containers of all of them (an element's triples mention its external links, an interview's its
 * study).
 */
final class TouchedElements {

	private TouchedElements() {
	}

	static Set<EObject> of(ChangeDescription change) {
		Set<EObject> touched = new LinkedHashSet<>();
		for (Map.Entry<EObject, EList<FeatureChange>> entry : change.getObjectChanges()) {
			EObject element = entry.getKey();
			touched.add(element);
			for (FeatureChange featureChange : entry.getValue()) {
				if (featureChange.getFeature() instanceof EReference reference && reference.isContainment()
						&& reference.isMany()) {
					touched.addAll((List<?>) element.eGet(reference) instanceof List<?> children
							? children.stream().filter(EObject.class::isInstance).map(EObject.class::cast).toList()
							: List.of());
				}
			}
		}
		change.getObjectsToDetach().forEach(added -> addWithContents(added, touched));
		change.getObjectsToAttach().forEach(removed -> addWithContents(removed, touched));
		for (EObject element : new ArrayList<>(touched)) {
			if (element.eContainer() != null) {
				touched.add(element.eContainer());
			}
		}
		return touched;
	}

	private static void addWithContents(EObject root, Set<EObject> touched) {
		touched.add(root);
		for (TreeIterator<EObject> contents = root.eAllContents(); contents.hasNext();) {
			touched.add(contents.next());
		}
	}
}
