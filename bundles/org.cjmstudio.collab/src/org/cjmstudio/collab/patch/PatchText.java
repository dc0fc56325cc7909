package org.cjmstudio.collab.patch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdfpatch.RDFChanges;
import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.rdfpatch.changes.RDFChangesBase;
import org.apache.jena.rdfpatch.text.RDFChangesWriterText;

/**
 * Map patches in the RDF Patch text format (Jena's {@code jena-rdfpatch}): headers {@code id}, {@code prev},
 * {@code author}, {@code time}, {@code summary}, then one transaction of {@code D} and {@code A} rows, every row in
 * the map's named graph. Reading checks that the text is a well-formed patch and that no row leaves that graph.
 */
public final class PatchText {

	public static final String AUTHOR = "author";
	public static final String TIME = "time";
	public static final String SUMMARY = "summary";

	private PatchText() {
	}

	public static String write(MapPatch patch, Node graph) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		RDFChangesWriterText writer = RDFPatchOps.textWriter(out);
		writer.start();
		writer.header("id", NodeFactory.createURI(patch.id()));
		if (patch.prev() != null) {
			writer.header("prev", NodeFactory.createURI(patch.prev()));
		}
		if (patch.author() != null) {
			writer.header(AUTHOR, NodeFactory.createLiteralString(patch.author()));
		}
		if (patch.time() != null) {
			writer.header(TIME, NodeFactory.createLiteralDT(patch.time().toString(), XSDDatatype.XSDdateTime));
		}
		writer.header(SUMMARY, NodeFactory.createLiteralString(patch.summary()));
		writer.txnBegin();
		for (Triple triple : patch.changes().deletes()) {
			writer.delete(graph, triple.getSubject(), triple.getPredicate(), triple.getObject());
		}
		for (Triple triple : patch.changes().adds()) {
			writer.add(graph, triple.getSubject(), triple.getPredicate(), triple.getObject());
		}
		writer.txnCommit();
		writer.finish();
		return out.toString(StandardCharsets.UTF_8);
	}

	/**
	 * Reads one patch whose rows must all be in {@code graph}.
	 *
	 * @throws PatchFormatException naming what is wrong: not RDF Patch text, no id, a row in another graph
	 */
	public static MapPatch read(String text, Node graph) throws PatchFormatException {
		RDFPatch patch;
		try {
			patch = RDFPatchOps.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
		} catch (RuntimeException e) { // RiotException, and whatever else Jena's tokenizer throws on damaged text
			throw new PatchFormatException("not a well-formed RDF Patch: "
					+ (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
		}
		Node id = patch.getId();
		if (id == null || !id.isURI()) {
			throw new PatchFormatException("the patch has no 'H id <...>' header naming it");
		}
		Node prev = patch.getPrevious();
		if (prev != null && !prev.isURI()) {
			throw new PatchFormatException("the patch's 'prev' header is not an IRI: " + prev);
		}
		Rows rows = new Rows(graph);
		patch.apply(rows);
		if (rows.problem != null) {
			throw new PatchFormatException(rows.problem);
		}
		return new MapPatch(id.getURI(), prev == null ? null : prev.getURI(), text(patch.getHeader(AUTHOR)),
				instant(patch.getHeader(TIME)), text(patch.getHeader(SUMMARY)),
				new TripleDiff(rows.deletes, rows.adds));
	}

	private static String text(Node node) {
		return node != null && node.isLiteral() ? node.getLiteralLexicalForm() : null;
	}

	private static Instant instant(Node node) {
		String text = text(node);
		try {
			return text == null ? null : Instant.parse(text);
		} catch (DateTimeParseException notATime) {
			return null;
		}
	}

	/** Collects the rows of a patch, noting the first one that is outside the map's graph. */
	private static final class Rows extends RDFChangesBase implements RDFChanges {
		private final Node graph;
		private final List<Triple> deletes = new ArrayList<>();
		private final List<Triple> adds = new ArrayList<>();
		private String problem;

		Rows(Node graph) {
			this.graph = graph;
		}

		@Override
		public void add(Node g, Node s, Node p, Node o) {
			if (inGraph(g, s, p, o)) {
				adds.add(Triple.create(s, p, o));
			}
		}

		@Override
		public void delete(Node g, Node s, Node p, Node o) {
			if (inGraph(g, s, p, o)) {
				deletes.add(Triple.create(s, p, o));
			}
		}

		@Override
		public void addPrefix(Node gn, String prefix, String uriStr) {
			// prefixes do not change a map
		}

		@Override
		public void deletePrefix(Node gn, String prefix) {
			// prefixes do not change a map
		}

		private boolean inGraph(Node g, Node s, Node p, Node o) {
			if (problem == null && (g == null || !g.equals(graph))) {
				problem = "the row " + s + " " + p + " " + o + " is "
						+ (g == null ? "in the default graph" : "in the graph " + g) + ", outside the map's graph "
						+ graph;
			}
			if (problem == null && (s.isBlank() || o.isBlank())) {
				problem = "the row " + s + " " + p + " " + o + " has a blank node; map elements have IRIs";
			}
			return problem == null;
		}
	}
}
