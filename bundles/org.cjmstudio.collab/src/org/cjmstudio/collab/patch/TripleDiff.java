package org.cjmstudio.collab.patch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;

/**
 * What a change does to a map's graph: the triples it removes and the triples it adds (never both the same triple).
 * Applying it to a graph that holds every removed triple and none of the added ones gives the changed graph.
 */
public record TripleDiff(List<Triple> deletes, List<Triple> adds) {

	public static final TripleDiff EMPTY = new TripleDiff(List.of(), List.of());

	public TripleDiff {
		deletes = List.copyOf(deletes);
		adds = List.copyOf(adds);
	}

	/** The difference from {@code before} to {@code after}, both sets of one element's or one graph's triples. */
	public static TripleDiff between(Collection<Triple> before, Collection<Triple> after) {
		Set<Triple> old = new LinkedHashSet<>(before);
		Set<Triple> now = new LinkedHashSet<>(after);
		List<Triple> deletes = new ArrayList<>();
		for (Triple triple : old) {
			if (!now.contains(triple)) {
				deletes.add(triple);
			}
		}
		List<Triple> adds = new ArrayList<>();
		for (Triple triple : now) {
			if (!old.contains(triple)) {
				adds.add(triple);
			}
		}
		return new TripleDiff(deletes, adds);
	}

	/** From one graph to another: every triple of either is looked at once. */
	public static TripleDiff between(Graph before, Graph after) {
		List<Triple> deletes = before.find().filterDrop(after::contains).toList();
		List<Triple> adds = after.find().filterDrop(before::contains).toList();
		return new TripleDiff(deletes, adds);
	}

	public boolean isEmpty() {
		return deletes.isEmpty() && adds.isEmpty();
	}

	public int size() {
		return deletes.size() + adds.size();
	}

	/** This change followed by {@code next}, as one change. */
	public TripleDiff then(TripleDiff next) {
		Set<Triple> deleted = new LinkedHashSet<>(deletes);
		Set<Triple> added = new LinkedHashSet<>(adds);
		for (Triple triple : next.deletes) {
			if (!added.remove(triple)) {
				deleted.add(triple);
			}
		}
		for (Triple triple : next.adds) {
			if (!deleted.remove(triple)) {
				added.add(triple);
			}
		}
		return new TripleDiff(List.copyOf(deleted), List.copyOf(added));
	}

	/** The change that undoes this one. */
	public TripleDiff inverse() {
		return new TripleDiff(adds, deletes);
	}

	public void applyTo(Graph graph) {
		deletes.forEach(graph::delete);
		adds.forEach(graph::add);
	}
}
