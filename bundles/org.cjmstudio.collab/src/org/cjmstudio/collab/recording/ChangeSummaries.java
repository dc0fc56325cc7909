package org.cjmstudio.collab.recording;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.cjmstudio.collab.patch.TripleDiff;
import org.cjmstudio.model.Identifiable;
import org.cjmstudio.model.validation.ElementLabels;
import org.cjmstudio.rdf.mapping.ElementIris;
import org.cjmstudio.rdf.mapping.FeatureTerms;
import org.cjmstudio.rdf.vocabulary.CJM;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/**
 * Says in the team's words what one command did, for the History view: "renamed touchpoint 'Checkout' to 'Guest
 * checkout'", "added barrier 'Hidden fees' in stage 'Purchase'", "deleted insight 'Price doubts'", "commented on
 * barrier 'Hidden fees': '...'".
 */
public final class ChangeSummaries {

	private static final List<Node> NAMES = List.of(CJM.name.asNode(), CJM.title.asNode(),
			CJM.resource("statement").asNode(), CJM.resource("text").asNode());

	private ChangeSummaries() {
	}

	public static String describe(TripleDiff changes, Set<EObject> touched, String commandLabel) {
		Map<String, EObject> byId = new LinkedHashMap<>();
		touched.forEach(element -> {
			if (element instanceof Identifiable identifiable && identifiable.getId() != null) {
				byId.put(identifiable.getId(), element);
			}
		});
		Set<Node> created = typed(changes.adds());
		Set<Node> deleted = typed(changes.deletes());
		created.removeAll(typed(changes.deletes()));
		deleted.removeAll(typed(changes.adds()));
		if (!created.isEmpty() && deleted.isEmpty()) {
			Optional<String> comment = CommentSummaries.added(created.stream().map(node -> element(node, byId))
					.flatMap(Optional::stream).toList());
			if (comment.isPresent()) {
				return comment.get();
			}
			Node first = created.iterator().next();
			return "added " + element(first, byId).map(ElementLabels::describeWithStage).orElse("an element")
					+ more(created.size() - 1, "element");
		}
		if (!deleted.isEmpty() && created.isEmpty()) {
			Node first = outermost(deleted, changes);
			return "deleted " + deletedLabel(first, changes) + more(deleted.size() - 1, "element");
		}
		Map<Node, Set<Node>> changedProperties = changedProperties(changes);
		if (changedProperties.size() == 1) {
			Node subject = changedProperties.keySet().iterator().next();
			Set<Node> properties = changedProperties.get(subject);
			Optional<EObject> element = element(subject, byId);
			if (properties.size() == 1 && NAMES.contains(properties.iterator().next()) && element.isPresent()) {
				Node property = properties.iterator().next();
				String before = literal(changes.deletes(), subject, property);
				return "renamed " + ElementLabels.kind(element.get()) + " '" + (before == null ? "" : before)
						+ "' to '" + nonNull(literal(changes.adds(), subject, property)) + "'";
			}
			Optional<String> resolved = element.flatMap(CommentSummaries::changed);
			if (resolved.isPresent() && properties.equals(Set.of(CJM.resource("resolved").asNode()))) {
				return resolved.get();
			}
			if (element.isPresent()) {
				return "changed the " + words(properties) + " of " + ElementLabels.describeWithStage(element.get());
			}
		}
		if (changedProperties.isEmpty() && !changes.isEmpty()) {
			return commandLabel.isBlank() ? "reordered elements" : lowerFirst(commandLabel);
		}
		String label = commandLabel.isBlank() ? "changed" : lowerFirst(commandLabel);
		return label + " (" + changedProperties.size() + " elements)";
	}

	private static Set<Node> typed(List<Triple> triples) {
		Set<Node> subjects = new LinkedHashSet<>();
		for (Triple triple : triples) {
			if (triple.getPredicate().equals(RDF.type.asNode()) && FeatureTerms.classOf(triple.getObject()) != null) {
				subjects.add(triple.getSubject());
			}
		}
		return subjects;
	}

	/** The deleted element that contains the others (the card, not its comment threads). */
	private static Node outermost(Set<Node> deleted, TripleDiff changes) {
		for (Node candidate : deleted) {
			boolean contained = changes.deletes().stream().anyMatch(triple -> triple.getObject().equals(candidate)
					&& deleted.contains(triple.getSubject()));
			if (!contained) {
				return candidate;
			}
		}
		return deleted.iterator().next();
	}

	private static String deletedLabel(Node element, TripleDiff changes) {
		String kind = changes.deletes().stream()
				.filter(t -> t.getSubject().equals(element) && t.getPredicate().equals(RDF.type.asNode()))
				.map(t -> FeatureTerms.classOf(t.getObject())).filter(c -> c != null).findFirst()
				.map(ChangeSummaries::kind).orElse("element");
		for (Node property : NAMES) {
			String name = literal(changes.deletes(), element, property);
			if (name != null && !name.isBlank()) {
				return kind + " '" + name + "'";
			}
		}
		return kind;
	}

	/** The cjm: properties each element got or lost values of, positions and element creation aside. */
	private static Map<Node, Set<Node>> changedProperties(TripleDiff changes) {
		Map<Node, Set<Node>> changed = new LinkedHashMap<>();
		for (List<Triple> triples : List.of(changes.deletes(), changes.adds())) {
			for (Triple triple : triples) {
				Node property = triple.getPredicate();
				if (property.isURI() && property.getURI().startsWith(CJM.NS) && !property.equals(CJM.position.asNode())
						&& triple.getSubject().isURI()
						&& ElementIris.idOf(triple.getSubject().getURI()).isPresent()) {
					changed.computeIfAbsent(triple.getSubject(), s -> new LinkedHashSet<>()).add(property);
				}
			}
		}
		return changed;
	}

	private static Optional<EObject> element(Node node, Map<String, EObject> byId) {
		return ElementIris.idOf(node.getURI()).map(byId::get);
	}

	private static String literal(List<Triple> triples, Node subject, Node property) {
		return triples.stream().filter(t -> t.getSubject().equals(subject) && t.getPredicate().equals(property))
				.map(t -> t.getObject().isLiteral() ? t.getObject().getLiteralLexicalForm() : t.getObject().toString())
				.findFirst().orElse(null);
	}

	private static String words(Set<Node> properties) {
		return String.join(" and ", properties.stream().map(p -> p.getURI().substring(CJM.NS.length()))
				.map(name -> name.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase()).toList());
	}

	private static String kind(EClass eClass) {
		return eClass.getName().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase();
	}

	private static String more(int count, String what) {
		return count <= 0 ? "" : " (and " + count + " " + what + (count == 1 ? "" : "s") + " in it)";
	}

	private static String lowerFirst(String text) {
		return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
	}

	private static String nonNull(String text) {
		return text == null ? "" : text;
	}
}
