package org.cjmstudio.model.ids;

import java.util.UUID;

import org.cjmstudio.model.Identifiable;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Stable identities for map elements. Every element carries a random UUID from the moment it joins a map: diffs,
 * RDF IRIs, problem markers and the collaboration server all refer to elements by it, so it never changes once set.
 */
public final class ElementIds {

	private ElementIds() {
	}

	public static String newId() {
		return UUID.randomUUID().toString();
	}

	/** Gives {@code root} and everything it contains a fresh id where one is missing; returns how many were given. */
	public static int assignMissing(EObject root) {
		int assigned = assignIfMissing(root);
		for (TreeIterator<EObject> contents = root.eAllContents(); contents.hasNext();) {
			assigned += assignIfMissing(contents.next());
		}
		return assigned;
	}

	/** Like {@link #assignMissing(EObject)} for every root of a resource. */
	public static int assignMissing(Resource resource) {
		int assigned = 0;
		for (EObject root : resource.getContents()) {
			assigned += assignMissing(root);
		}
		return assigned;
	}

	/** Gives {@code object} alone a fresh id if it has none; returns 1 if it did, else 0. */
	public static int assignIfMissing(EObject object) {
		if (object instanceof Identifiable identifiable && isBlank(identifiable.getId())) {
			identifiable.setId(newId());
			return 1;
		}
		return 0;
	}

	/**
	 * A copy of {@code element} and everything it contains, without ids: a new element that gets its own ids when it
	 * joins a map. Its references to the rest of the map (evidence, steps) stay as they were.
	 */
	public static <T extends EObject> T copyAsNew(T element) {
		T copy = EcoreUtil.copy(element);
		forgetIds(copy);
		return copy;
	}

	/**
	 * Removes the ids, and the IRIs kept from an import, of {@code element} and everything it contains (of a copy,
	 * never of a map's element).
	 */
	public static void forgetIds(EObject element) {
		forgetId(element);
		element.eAllContents().forEachRemaining(ElementIds::forgetId);
	}

	private static void forgetId(EObject element) {
		if (element instanceof Identifiable identifiable) {
			identifiable.setId(null);
			// a copy is another element: it must not be published under the original's IRI
			identifiable.setIri(null);
		}
	}

	private static boolean isBlank(String id) {
		return id == null || id.isBlank();
	}
}
