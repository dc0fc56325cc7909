package org.cjmstudio.formats.ujg;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The terms of UJG (User Journey Graph, OpenUJI / W3C Community Group "ujg") that CJM Studio reads and writes, in
 * the frozen technical report 2026.06: its namespaces churn between the editor's draft, 1.0-rc1 and 2026.06, so one
 * is pinned. A document names the convenience context {@link #CONTEXT}, which composes the core, graph, runtime and
 * experience module contexts; CJM Studio ships its own copy of the five (README, Open journey formats).
 */
final class Ujg {

	static final String VERSION = "2026.06";
	static final String BASE = "https://ujg.specs.openuji.org/tr/" + VERSION + "/ns/";
	static final String CONTEXT = BASE + "context.jsonld";

	static final String CORE = BASE + "core#";
	static final String GRAPH = BASE + "graph#";
	static final String EXPERIENCE = BASE + "experience#";
	static final String RUNTIME = BASE + "runtime#";

	static final Node UJG_DOCUMENT = core("UJGDocument");
	static final Node DOCUMENT_NODES = core("documentNodes");

	static final Node JOURNEY = graph("Journey");
	static final Node STATE = graph("State");
	static final Node COMPOSITE_STATE = graph("CompositeState");
	static final Node TRANSITION = graph("Transition");
	static final Node LABEL = graph("label");
	static final Node START_STATE = graph("startState");
	static final Node STATE_REFS = graph("stateRefs");
	static final Node FROM = graph("from");
	static final Node TO = graph("to");

	static final Node PHASE = experience("Phase");
	static final Node EXPERIENCE_STEP = experience("ExperienceStep");
	static final Node TOUCHPOINT = experience("Touchpoint");
	static final Node PAIN_POINT = experience("PainPoint");
	static final Node PHASE_REF = experience("phaseRef");
	static final Node TOUCHPOINT_REFS = experience("touchpointRefs");
	static final Node ORDER = experience("order");
	static final Node CHANNEL = experience("channel");
	static final Node EXPERIENCE_REFS = experience("experienceRefs");
	static final Node SEVERITY = experience("severity");
	static final Node DESCRIPTION = experience("description");

	private Ujg() {
	}

	private static Node core(String name) {
		return NodeFactory.createURI(CORE + name);
	}

	private static Node graph(String name) {
		return NodeFactory.createURI(GRAPH + name);
	}

	private static Node experience(String name) {
		return NodeFactory.createURI(EXPERIENCE + name);
	}
}
