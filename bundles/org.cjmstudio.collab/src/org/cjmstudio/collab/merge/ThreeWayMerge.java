package org.cjmstudio.collab.merge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.cjmstudio.collab.apply.MapIris;
import org.cjmstudio.collab.apply.MapSchema;
import org.cjmstudio.collab.merge.Conflict.Choice;
import org.cjmstudio.collab.merge.Conflict.Kind;
import org.cjmstudio.collab.patch.TripleDiff;
import org.cjmstudio.rdf.mapping.FeatureTerms;
import org.cjmstudio.rdf.vocabulary.CJM;

/**
 * Combines my unsent changes with the changes others made meanwhile, on the map's graph. {@code base} is the last
 * state both sides share (what the server had when I made my changes), {@code theirs} the server's state now,
 * {@code mine} my local state. The unit is one property of one element: changes to different elements or different
 * properties combine; adds and removes of different values of a many-valued property combine; two different values
 * for one single-valued property, an edit of an element the other side deleted (or the other way round), a reference
 * to a deleted element and two different orders of one list are conflicts, which the {@link ConflictResolver}
 * settles before anything is combined. What results may state derived triples (standard terms, positions) loosely:
 * the caller loads it into the map and takes the map's export as the final state.
 */
public final class ThreeWayMerge {

	/** The merged graph and the conflicts met on the way with what was chosen for each. */
	public record Result(Graph merged, List<Conflict> conflicts, Map<Conflict, Choice> choices) {
	}

	private final MapGraph base;
	private final MapGraph theirs;
	private final MapGraph mine;
	private final TripleDiff theirChanges;
	private final TripleDiff myChanges;
	private final Set<MapKey> theirKeys;
	private final Set<MapKey> myKeys;
	private final String theirAuthor;
	private final Set<Node> deletedThere;
	private final Set<Node> deletedHere;

	private ThreeWayMerge(Graph base, Graph theirs, Graph mine, String theirAuthor) {
		this.base = new MapGraph(base);
		this.theirs = new MapGraph(theirs);
		this.mine = new MapGraph(mine);
		this.theirChanges = TripleDiff.between(base, theirs);
		this.myChanges = TripleDiff.between(base, mine);
		this.theirKeys = keys(theirChanges);
		this.myKeys = keys(myChanges);
		this.theirAuthor = theirAuthor;
		this.deletedThere = deletedElements(theirChanges, this.theirs);
		this.deletedHere = deletedElements(myChanges, this.mine);
	}

	public static Result merge(Graph base, Graph theirs, Graph mine, String theirAuthor, ConflictResolver resolver) {
		ThreeWayMerge merge = new ThreeWayMerge(base, theirs, mine, theirAuthor);
		List<Conflict> conflicts = merge.conflicts();
		Map<Conflict, Choice> choices = conflicts.isEmpty() ? Map.of() : Map.copyOf(resolver.resolve(conflicts));
		for (Conflict conflict : conflicts) {
			if (!choices.containsKey(conflict)) {
				throw new IllegalArgumentException("no choice was made for " + conflict);
			}
		}
		return new Result(merge.combine(choices), conflicts, choices);
	}

	private List<Conflict> conflicts() {
		List<Conflict> conflicts = new ArrayList<>();
		for (MapKey key : myKeys) {
			Node element = owner(key.subject());
			if (theirKeys.contains(key) && isSingleValuedPrimary(key)
					&& !deletedThere.contains(element) && !deletedHere.contains(element)
					&& !theirs.values(key).equals(mine.values(key))) {
				conflicts.add(new Conflict(Kind.SAME_PROPERTY, key.subject(), key.predicate(), list(base.values(key)),
						list(theirs.values(key)), list(mine.values(key)), theirAuthor));
			}
		}
		Set<Node> editedHere = new HashSet<>();
		myKeys.forEach(key -> editedHere.add(owner(key.subject())));
		for (Node element : deletedThere) {
			if (!deletedHere.contains(element) && editedHere.contains(element)) {
				conflicts.add(elementConflict(Kind.EDITED_ELEMENT_DELETED_THERE, element, null, List.of()));
			}
		}
		Map<Node, Triple> references = new LinkedHashMap<>();
		for (Triple added : myChanges.adds()) {
			Node target = added.getObject();
			if (deletedThere.contains(target) && !deletedThere.contains(owner(added.getSubject()))
					&& !editedHere.contains(target)) {
				references.putIfAbsent(target, added);
			}
		}
		references.forEach((target, reference) -> conflicts.add(elementConflict(Kind.REFERENCE_TO_DELETED_ELEMENT,
				target, reference.getPredicate(), List.of(reference.getSubject()))));
		for (Node element : deletedHere) {
			if (!deletedThere.contains(element) && !containerAlsoDeletedHere(element) && editedThere(element)) {
				conflicts.add(elementConflict(Kind.DELETED_ELEMENT_EDITED_THERE, element, null, List.of()));
			}
		}
		for (MapKey list : listsReorderedOnBothSides()) {
			List<Node> baseOrder = base.children(list.subject(), list.predicate());
			List<Node> theirOrder = theirs.children(list.subject(), list.predicate());
			List<Node> myOrder = mine.children(list.subject(), list.predicate());
			Set<Node> common = common(baseOrder, theirOrder, myOrder);
			List<Node> baseRelative = only(baseOrder, common);
			List<Node> theirRelative = only(theirOrder, common);
			List<Node> myRelative = only(myOrder, common);
			if (!theirRelative.equals(baseRelative) && !myRelative.equals(baseRelative)
					&& !theirRelative.equals(myRelative)) {
				conflicts.add(new Conflict(Kind.LIST_ORDER, list.subject(), list.predicate(), baseOrder, theirOrder,
						myOrder, theirAuthor));
			}
		}
		return conflicts;
	}

	private Conflict elementConflict(Kind kind, Node element, Node property, List<Node> mineValues) {
		return new Conflict(kind, element, property, List.of(), List.of(), mineValues, theirAuthor);
	}

	private boolean containerAlsoDeletedHere(Node element) {
		return base.containerLink(element).map(link -> deletedHere.contains(link.getSubject())).orElse(false);
	}

	/** Whether the other side changed anything of the element or what it contains (a renumbering aside). */
	private boolean editedThere(Node element) {
		Set<Node> subtree = new HashSet<>(base.subtree(element));
		if (theirs.hasElement(element)) {
			subtree.addAll(theirs.subtree(element));
		}
		return theirKeys.stream().anyMatch(
				key -> !MapSchema.isPosition(key.predicate()) && subtree.contains(owner(key.subject())));
	}

	private Set<MapKey> listsReorderedOnBothSides() {
		Set<MapKey> mineLists = reorderedLists(myKeys, mine);
		Set<MapKey> both = new LinkedHashSet<>();
		for (MapKey list : reorderedLists(theirKeys, theirs)) {
			if (mineLists.contains(list)) {
				both.add(list);
			}
		}
		return both;
	}

	private Set<MapKey> reorderedLists(Set<MapKey> changed, MapGraph state) {
		Set<MapKey> lists = new LinkedHashSet<>();
		for (MapKey key : changed) {
			if (MapSchema.isPosition(key.predicate())) {
				state.containerLink(key.subject()).or(() -> base.containerLink(key.subject()))
						.ifPresent(link -> lists.add(new MapKey(link.getSubject(), link.getPredicate())));
			}
		}
		return lists;
	}

	private Graph combine(Map<Conflict, Choice> choices) {
		Graph merged = GraphFactory.createDefaultGraph();
		theirs.graph().find().forEachRemaining(merged::add);
		Set<MapKey> theirsWin = new HashSet<>();
		Set<MapKey> mineWin = new LinkedHashSet<>();
		Set<Node> dropMyEditsOf = new HashSet<>();
		Set<Node> dropMyReferencesTo = new HashSet<>();
		Set<Node> keepAgainstMyDelete = new HashSet<>();
		Set<Node> deleteAgain = new LinkedHashSet<>();
		Set<Node> restore = new LinkedHashSet<>();
		Map<MapKey, List<Node>> orders = new LinkedHashMap<>();
		choices.forEach((conflict, choice) -> {
			boolean keepMine = choice == Choice.MINE;
			Node element = conflict.element();
			switch (conflict.kind()) {
			case SAME_PROPERTY -> (keepMine ? mineWin : theirsWin).add(new MapKey(element, conflict.property()));
			case EDITED_ELEMENT_DELETED_THERE -> {
				if (keepMine) {
					restore.add(base.outermostMissingFrom(element, theirs));
				} else {
					dropMyEditsOf.add(element);
				}
			}
			case REFERENCE_TO_DELETED_ELEMENT -> {
				if (keepMine) {
					restore.add(base.outermostMissingFrom(element, theirs));
				} else {
					dropMyReferencesTo.addAll(base.subtree(element));
				}
			}
			case DELETED_ELEMENT_EDITED_THERE -> {
				if (keepMine) {
					deleteAgain.add(element);
				} else {
					keepAgainstMyDelete.addAll(base.subtree(element));
				}
			}
			case LIST_ORDER -> orders.put(new MapKey(element, conflict.property()),
					keepMine ? conflict.mine() : conflict.theirs());
			}
		});
		for (Node root : restore) {
			base.triplesOf(base.subtree(root)).forEach(merged::add);
		}
		for (Triple deleted : myChanges.deletes()) {
			if (applies(deleted, theirsWin, mineWin, dropMyEditsOf)
					&& !keepAgainstMyDelete.contains(owner(deleted.getSubject()))
					&& !keepAgainstMyDelete.contains(deleted.getObject())) {
				merged.delete(deleted);
			}
		}
		for (Triple added : myChanges.adds()) {
			if (applies(added, theirsWin, mineWin, dropMyEditsOf) && !dropMyReferencesTo.contains(added.getObject())) {
				merged.add(added);
			}
		}
		for (MapKey key : mineWin) {
			merged.remove(key.subject(), key.predicate(), Node.ANY);
			mine.values(key).forEach(value -> merged.add(Triple.create(key.subject(), key.predicate(), value)));
		}
		MapGraph result = new MapGraph(merged);
		for (Node element : deleteAgain) {
			result.triplesOf(result.subtree(element)).forEach(merged::delete);
		}
		for (MapKey list : listsReorderedOnBothSides()) {
			List<Node> preferred = orders.computeIfAbsent(list, this::orderOfTheSideThatReordered);
			renumber(result, list, preferred);
		}
		return merged;
	}

	/** Whether one of my changed triples goes into the merge (conflicts and the other side's changes aside). */
	private boolean applies(Triple triple, Set<MapKey> theirsWin, Set<MapKey> mineWin, Set<Node> dropMyEditsOf) {
		MapKey key = MapKey.of(triple);
		if (theirsWin.contains(key) || mineWin.contains(key) || dropMyEditsOf.contains(owner(triple.getSubject()))) {
			return false;
		}
		// the other side set this single value too, to the same value (else it was a conflict): nothing to do
		return !(theirKeys.contains(key) && isSingleValuedPrimary(key)
				&& !deletedThere.contains(owner(triple.getSubject())));
	}

	private List<Node> orderOfTheSideThatReordered(MapKey list) {
		List<Node> baseOrder = base.children(list.subject(), list.predicate());
		List<Node> theirOrder = theirs.children(list.subject(), list.predicate());
		List<Node> myOrder = mine.children(list.subject(), list.predicate());
		Set<Node> common = common(baseOrder, theirOrder, myOrder);
		return only(theirOrder, common).equals(only(baseOrder, common)) ? myOrder : theirOrder;
	}

	/**
	 * Gives a list that both sides changed one order: the elements both sides have in the preferred side's order;
	 * each element only they have right after the element before it on their side, then each element only I have
	 * after the element before it on my side and after what only they added there. So two cards appended at once
	 * both stay, theirs (already on the server) where the server has it and mine after it. Placing each by its index
	 * let the order of two new cards at one index depend on their (random) ids: half the time mine went first and
	 * moved their card, and my next patch carried that move, which later merges took for a reordering.
	 */
	private void renumber(MapGraph result, MapKey list, List<Node> preferred) {
		List<Node> members = result.children(list.subject(), list.predicate());
		List<Node> theirOrder = theirs.children(list.subject(), list.predicate());
		List<Node> myOrder = mine.children(list.subject(), list.predicate());
		Set<Node> common = common(members, theirOrder, myOrder);
		List<Node> ordered = new ArrayList<>(only(preferred, common));
		Set<Node> onlyTheirs = new HashSet<>();
		for (Node member : theirOrder) {
			if (members.contains(member) && !common.contains(member)) {
				ordered.add(placeAfterPredecessor(ordered, theirOrder, member, Set.of()), member);
				onlyTheirs.add(member);
			}
		}
		for (Node member : myOrder) {
			if (members.contains(member) && !ordered.contains(member)) {
				ordered.add(placeAfterPredecessor(ordered, myOrder, member, onlyTheirs), member);
			}
		}
		for (Node member : members) {
			if (!ordered.contains(member)) { // in the merge but on neither side's list (a restored element)
				ordered.add(member);
			}
		}
		Graph merged = result.graph();
		for (int i = 0; i < ordered.size(); i++) {
			merged.remove(ordered.get(i), CJM.position.asNode(), Node.ANY);
			merged.add(Triple.create(ordered.get(i), CJM.position.asNode(),
					NodeFactory.createLiteralDT(Integer.toString(i), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger)));
		}
	}

	/**
	 * Where {@code member} goes in {@code ordered}: after the nearest element before it in {@code side} that is
	 * placed already (at the start if none), and after any of {@code skip} that follow that element.
	 */
	private static int placeAfterPredecessor(List<Node> ordered, List<Node> side, Node member, Set<Node> skip) {
		int place = 0;
		for (int i = side.indexOf(member) - 1; i >= 0; i--) {
			int at = ordered.indexOf(side.get(i));
			if (at >= 0) {
				place = at + 1;
				break;
			}
		}
		while (place < ordered.size() && skip.contains(ordered.get(place))) {
			place++;
		}
		return place;
	}

	private static boolean isSingleValuedPrimary(MapKey key) {
		return MapSchema.isPrimary(key.subject(), key.predicate()) && MapSchema.isSingleValued(key.predicate());
	}

	private static Set<Node> common(List<Node> first, List<Node> second, List<Node> third) {
		Set<Node> common = new LinkedHashSet<>(first);
		common.retainAll(second);
		common.retainAll(third);
		return common;
	}

	private static List<Node> only(List<Node> order, Set<Node> members) {
		return order.stream().filter(members::contains).toList();
	}

	private static Set<MapKey> keys(TripleDiff diff) {
		Set<MapKey> keys = new LinkedHashSet<>();
		diff.deletes().forEach(triple -> keys.add(MapKey.of(triple)));
		diff.adds().forEach(triple -> keys.add(MapKey.of(triple)));
		return keys;
	}

	private static Set<Node> deletedElements(TripleDiff diff, MapGraph after) {
		Set<Node> deleted = new LinkedHashSet<>();
		for (Triple triple : diff.deletes()) {
			if (triple.getPredicate().equals(org.apache.jena.vocabulary.RDF.type.asNode())
					&& FeatureTerms.classOf(triple.getObject()) != null && !after.hasElement(triple.getSubject())) {
				deleted.add(triple.getSubject());
			}
		}
		return deleted;
	}

	/** The element a subject belongs to (a sequence or activity node belongs to its element). */
	private static Node owner(Node subject) {
		return MapIris.elementIdOf(subject).map(id -> NodeFactory.createURI(CJM.ID_NS + id)).orElse(subject);
	}

	private static List<Node> list(Set<Node> values) {
		return values.stream().sorted((a, b) -> a.toString().compareTo(b.toString())).toList();
	}
}
