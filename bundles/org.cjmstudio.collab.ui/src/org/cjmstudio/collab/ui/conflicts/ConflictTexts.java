package org.cjmstudio.collab.ui.conflicts;

import java.util.List;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.cjmstudio.collab.apply.MapIris;
import org.cjmstudio.collab.merge.Conflict;
import org.cjmstudio.model.JourneyMap;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Words a CX analyst reads for a conflict: "touchpoint 'Checkout'", "name", "'Guest checkout'", not IRIs. Elements
 * are named from the map as it is in the editor; an element no longer there is named by its kind only.
 */
public final class ConflictTexts {

	private final JourneyMap map;

	public ConflictTexts(JourneyMap map) {
		this.map = map;
	}

	/** The element the conflict is about. */
	public String element(Conflict conflict) {
		return node(conflict.element());
	}

	/** What both changed: a property's name, or what the kind of conflict says. */
	public String what(Conflict conflict) {
		return switch (conflict.kind()) {
		case SAME_PROPERTY -> "its " + words(localName(conflict.property()));
		case LIST_ORDER -> "the order of its " + words(localName(conflict.property()));
		case EDITED_ELEMENT_DELETED_THERE -> "you changed it, " + conflict.theirAuthor() + " deleted it";
		case DELETED_ELEMENT_EDITED_THERE -> "you deleted it, " + conflict.theirAuthor() + " changed it";
		case REFERENCE_TO_DELETED_ELEMENT -> "you refer to it, " + conflict.theirAuthor() + " deleted it";
		};
	}

	/** One side's value(s): quoted texts, named elements, "(not set)". */
	public String values(List<Node> values) {
		if (values.isEmpty()) {
			return "(not set)";
		}
		return values.stream().map(this::node).collect(Collectors.joining(", "));
	}

	/** What keeping my side does, for the choice's button. */
	public String keepMine(Conflict conflict) {
		return switch (conflict.kind()) {
		case SAME_PROPERTY, LIST_ORDER -> "Keep mine: " + values(conflict.mine());
		case EDITED_ELEMENT_DELETED_THERE, REFERENCE_TO_DELETED_ELEMENT -> "Keep mine (bring it back)";
		case DELETED_ELEMENT_EDITED_THERE -> "Keep mine (delete it)";
		};
	}

	public String keepTheirs(Conflict conflict) {
		String whose = "Keep " + conflict.theirAuthor() + "'s";
		return switch (conflict.kind()) {
		case SAME_PROPERTY, LIST_ORDER -> whose + ": " + values(conflict.theirs());
		case EDITED_ELEMENT_DELETED_THERE, REFERENCE_TO_DELETED_ELEMENT -> whose + " (it stays deleted)";
		case DELETED_ELEMENT_EDITED_THERE -> whose + " (keep it, with their change)";
		};
	}

	private String node(Node node) {
		if (node.isLiteral()) {
			return "'" + node.getLiteralLexicalForm() + "'";
		}
		if (node.isURI()) {
			return MapIris.elementIdOf(node).map(this::elementNamed).orElse(localName(node));
		}
		return node.toString();
	}

	private String elementNamed(String id) {
		EObject element = map != null && map.eResource() != null ? map.eResource().getEObject(id) : null;
		if (element == null) {
			return "an element no longer in the map";
		}
		String kind = words(element.eClass().getName());
		for (String feature : List.of("name", "title", "label", "text")) {
			EStructuralFeature named = element.eClass().getEStructuralFeature(feature);
			if (named != null && element.eGet(named) instanceof String text && !text.isBlank()) {
				return kind + " '" + text + "'";
			}
		}
		return kind;
	}

	private static String localName(Node node) {
		if (node == null || !node.isURI()) {
			return String.valueOf(node);
		}
		String iri = node.getURI();
		int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
		return iri.substring(cut + 1);
	}

	/** "EmotionPoint" → "emotion point". */
	static String words(String camel) {
		return camel.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
	}
}
