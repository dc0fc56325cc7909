package org.cjmstudio.collab.server.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.cjmstudio.collab.apply.MapIris;
import org.cjmstudio.collab.patch.TripleDiff;
import org.cjmstudio.rdf.OntologyFiles;
import org.cjmstudio.rdf.vocabulary.CJM;

/**
 * Checks that a map is still a valid map after a patch, with the SHACL shapes CJM Studio publishes: only the
 * elements the patch is about are checked (as SHACL focus nodes), so the cost follows the patch, not the map.
 */
public final class PatchCheck {

	private final Shapes shapes;

	public PatchCheck() {
		Graph graph = GraphFactory.createDefaultGraph();
		try (InputStream in = OntologyFiles.open(OntologyFiles.SHAPES)) {
			RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read the SHACL shapes of CJM Studio", e);
		}
		shapes = Shapes.parse(graph);
	}

	/** The first violation after {@code changes} were applied to {@code map}, in words, or empty if none. */
	public Optional<String> violation(Graph map, TripleDiff changes) {
		for (Node focus : focusNodes(changes)) {
			ValidationReport report = ShaclValidator.get().validate(shapes, map, focus);
			if (!report.conforms()) {
				ReportEntry entry = report.getEntries().iterator().next();
				String message = entry.message() == null ? "does not conform" : entry.message();
				return Optional.of("the map would not be valid any more: " + message + " (" + entry.focusNode()
						+ (entry.resultPath() == null ? "" : ", " + entry.resultPath()) + ")");
			}
		}
		return Optional.empty();
	}

	/** Checks a whole map, for a map that is shared. */
	public Optional<String> violation(Graph map) {
		ValidationReport report = ShaclValidator.get().validate(shapes, map);
		if (report.conforms()) {
			return Optional.empty();
		}
		ReportEntry entry = report.getEntries().iterator().next();
		return Optional.of("the map is not valid: " + entry.message() + " (" + entry.focusNode() + ")"
				+ (report.getEntries().size() > 1 ? " and " + (report.getEntries().size() - 1) + " more problems" : ""));
	}

	private static Set<Node> focusNodes(TripleDiff changes) {
		Set<Node> focus = new LinkedHashSet<>();
		for (List<Triple> triples : List.of(changes.deletes(), changes.adds())) {
			for (Triple triple : triples) {
				MapIris.elementIdOf(triple.getSubject()).ifPresent(id -> focus.add(element(id)));
				MapIris.elementIdOf(triple.getObject()).ifPresent(id -> focus.add(element(id)));
			}
		}
		return focus;
	}

	private static Node element(String id) {
		return NodeFactory.createURI(CJM.ID_NS + id);
	}
}
