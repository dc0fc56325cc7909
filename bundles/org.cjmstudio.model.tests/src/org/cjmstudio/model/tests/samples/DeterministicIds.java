package org.cjmstudio.model.tests.samples;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;

import org.cjmstudio.model.Identifiable;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * Gives every element of a sample map an id derived from the sample's name and the element's place in the map
 * ({@code stages.3/barriers.0}), instead of the random ids the templates give, so that building a sample twice yields
 * the same map and regenerating its file yields the same bytes.
 */
final class DeterministicIds {

	private DeterministicIds() {
	}

	/** Replaces the id of {@code root} and of everything it contains. */
	static void assign(EObject root, String sampleName) {
		assign(root, sampleName, "");
		for (TreeIterator<EObject> contents = root.eAllContents(); contents.hasNext();) {
			EObject element = contents.next();
			assign(element, sampleName, pathOf(element));
		}
	}

	/** The containment path of {@code element} below its root, e.g. {@code stages.3/barriers.0}; empty for a root. */
	static String pathOf(EObject element) {
		Deque<String> segments = new ArrayDeque<>();
		for (EObject current = element; current.eContainer() != null; current = current.eContainer()) {
			EReference feature = current.eContainmentFeature();
			String segment = feature.getName();
			if (feature.isMany()) {
				segment += "." + ((List<?>) current.eContainer().eGet(feature)).indexOf(current);
			}
			segments.addFirst(segment);
		}
		return String.join("/", segments);
	}

	private static void assign(EObject element, String sampleName, String path) {
		if (element instanceof Identifiable identifiable) {
			identifiable.setId(UUID.nameUUIDFromBytes((sampleName + "/" + path).getBytes(UTF_8)).toString());
		}
	}
}
