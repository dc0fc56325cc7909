package org.cjmstudio.rdf.mapping;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.cjmstudio.model.Channel;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.Demographics;
import org.cjmstudio.model.Evidence;
import org.cjmstudio.model.Identifiable;
import org.cjmstudio.model.Interview;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Persona;
import org.cjmstudio.model.Quote;
import org.cjmstudio.model.ResearchStudy;
import org.cjmstudio.rdf.vocabulary.PROV;
import org.eclipse.emf.ecore.EObject;

/**
 * Statements in established vocabularies that the ontology's sub-property and sub-class alignment cannot give,
 * because the standard term wants a resource where the map holds text, or an activity where the map holds a record:
 * <ul>
 * <li>A research study or an interview is the record that barriers and emotions cite (a {@code prov:Entity}, as
 * {@code prov:wasDerivedFrom} requires). The research work itself is a {@code prov:Activity} at
 * {@link ElementIris#activityOf} that generated the record, ended at the record's date; an interview's activity is
 * part of its study's. PROV-O declares entities and activities disjoint, so one resource cannot be both.</li>
 * <li>A quote {@code prov:wasQuotedFrom} the interview that holds it.</li>
 * <li>A map's owner is an agent at {@link ElementIris#ownerOf}: the map's {@code dcterms:creator} and the agent it is
 * {@code prov:wasAttributedTo}, named with {@code foaf:name}.</li>
 * <li>A persona is the {@code schema:PeopleAudience}, so its demographics' ages and gender are the persona's
 * {@code schema:suggestedMinAge}, {@code suggestedMaxAge} and {@code suggestedGender}.</li>
 * <li>A map's channels are a {@code skos:ConceptScheme} at {@link ElementIris#channelSchemeOf}, each channel a
 * {@code skos:Concept} and top concept of it.</li>
 * <li>A persona's photo is its {@code foaf:depiction} when it is a web address (a path inside the project means
 * nothing to other knowledge bases).</li>
 * </ul>
 * Import ignores these statements: the {@code cjm:} ones carry the same data.
 */
final class AlignmentTriples {

	private static final Set<String> WEB_SCHEMES = Set.of("http", "https");
	private static final Node SCHEMA_MIN_AGE = NodeFactory.createURI("https://schema.org/suggestedMinAge");
	private static final Node SCHEMA_MAX_AGE = NodeFactory.createURI("https://schema.org/suggestedMaxAge");
	private static final Node SCHEMA_GENDER = NodeFactory.createURI("https://schema.org/suggestedGender");

	private AlignmentTriples() {
	}

	/** @param iris the IRI of each element, as the caller names them */
	static void write(EObject element, Node subject, TripleSink sink, Function<Identifiable, Node> iris) {
		switch (element) {
		case ResearchStudy study -> writeResearchActivity(study, subject, sink, iris);
		case Interview interview -> writeResearchActivity(interview, subject, sink, iris);
		case Quote quote -> writeQuotedFrom(quote, subject, sink, iris);
		case JourneyMap map -> {
			writeOwner(map, subject, sink);
			writeChannelScheme(map, subject, sink, iris);
		}
		case Channel channel -> writeChannelConcept(channel, subject, sink, iris);
		case Persona persona -> writeDepiction(persona, subject, sink);
		case Demographics demographics -> writeAudience(demographics, sink, iris);
		default -> {
			// nothing beyond the cjm: statements
		}
		}
	}

	private static void writeResearchActivity(Evidence record, Node subject, TripleSink sink,
			Function<Identifiable, Node> iris) {
		Node activity = ElementIris.activityOf(subject);
		sink.emit(subject, PROV.wasGeneratedBy.asNode(), activity);
		sink.emit(activity, RDF.type.asNode(), PROV.Activity.asNode());
		sink.emit(activity, RDFS.label.asNode(), NodeFactory.createLiteralString(Labels.ofActivity(record)));
		if (record.getDate() != null) {
			sink.emit(activity, PROV.endedAtTime.asNode(),
					LiteralValues.toNode(CjmPackage.Literals.EVIDENCE__DATE.getEAttributeType(), record.getDate()));
		}
		if (record.eContainer() instanceof ResearchStudy study) {
			sink.emit(activity, DCTerms.isPartOf.asNode(), ElementIris.activityOf(iris.apply(study)));
		}
	}

	private static void writeQuotedFrom(Quote quote, Node subject, TripleSink sink, Function<Identifiable, Node> iris) {
		if (quote.eContainer() instanceof Interview interview) {
			sink.emit(subject, PROV.wasQuotedFrom.asNode(), iris.apply(interview));
		}
	}

	private static void writeOwner(JourneyMap map, Node subject, TripleSink sink) {
		if (map.getOwner() == null || map.getOwner().isBlank()) {
			return;
		}
		Node owner = ElementIris.ownerOf(subject);
		sink.emit(subject, DCTerms.creator.asNode(), owner);
		sink.emit(subject, PROV.wasAttributedTo.asNode(), owner);
		sink.emit(owner, RDF.type.asNode(), PROV.Agent.asNode());
		sink.emit(owner, RDF.type.asNode(), FOAF.Agent.asNode());
		sink.emit(owner, FOAF.name.asNode(), NodeFactory.createLiteralString(map.getOwner()));
		sink.emit(owner, RDFS.label.asNode(), NodeFactory.createLiteralString(map.getOwner().strip()));
	}

	/**
	 * A map's channels are its own channel vocabulary: a SKOS concept scheme, each channel a top concept of it (and
	 * {@code skos:broadMatch} its category, by the ontology's alignment of {@code cjm:category}).
	 */
	private static void writeChannelScheme(JourneyMap map, Node subject, TripleSink sink,
			Function<Identifiable, Node> iris) {
		if (map.getChannels().isEmpty()) {
			return;
		}
		Node scheme = ElementIris.channelSchemeOf(subject);
		Node label = NodeFactory.createLiteralString(Labels.ofChannelScheme(map));
		sink.emit(scheme, RDF.type.asNode(), SKOS.ConceptScheme.asNode());
		sink.emit(scheme, RDFS.label.asNode(), label);
		sink.emit(scheme, SKOS.prefLabel.asNode(), label);
		for (Channel channel : map.getChannels()) {
			sink.emit(scheme, SKOS.hasTopConcept.asNode(), iris.apply(channel));
		}
	}

	private static void writeChannelConcept(Channel channel, Node subject, TripleSink sink,
			Function<Identifiable, Node> iris) {
		if (channel.eContainer() instanceof JourneyMap map) {
			Node scheme = ElementIris.channelSchemeOf(iris.apply(map));
			sink.emit(subject, RDF.type.asNode(), SKOS.Concept.asNode());
			sink.emit(subject, SKOS.inScheme.asNode(), scheme);
			sink.emit(subject, SKOS.topConceptOf.asNode(), scheme);
		}
	}

	private static void writeDepiction(Persona persona, Node subject, TripleSink sink) {
		if (isWebAddress(persona.getPhoto())) {
			sink.emit(subject, FOAF.depiction.asNode(), NodeFactory.createURI(persona.getPhoto().strip()));
		}
	}

	/**
	 * The persona is the {@code schema:PeopleAudience}; its demographics describe it and are no audience of their
	 * own, so the ages and gender are stated on the persona. Written with the demographics' statements, so the team
	 * repository, which re-exports only what a change touched, has them right after a change of the ages.
	 */
	private static void writeAudience(Demographics demographics, TripleSink sink, Function<Identifiable, Node> iris) {
		if (!(demographics.eContainer() instanceof Persona persona)) {
			return;
		}
		Node audience = iris.apply(persona);
		if (demographics.getAgeMin() != null) {
			sink.emit(audience, SCHEMA_MIN_AGE, LiteralValues.toNode(CjmPackage.Literals.DEMOGRAPHICS__AGE_MIN
					.getEAttributeType(), demographics.getAgeMin()));
		}
		if (demographics.getAgeMax() != null) {
			sink.emit(audience, SCHEMA_MAX_AGE, LiteralValues.toNode(CjmPackage.Literals.DEMOGRAPHICS__AGE_MAX
					.getEAttributeType(), demographics.getAgeMax()));
		}
		if (demographics.getGender() != null && !demographics.getGender().isBlank()) {
			sink.emit(audience, SCHEMA_GENDER, NodeFactory.createLiteralString(demographics.getGender()));
		}
	}

	private static boolean isWebAddress(String text) {
		if (text == null || text.isBlank()) {
			return false;
		}
		try {
			URI address = new URI(text.strip());
			return address.getScheme() != null && WEB_SCHEMES.contains(address.getScheme().toLowerCase(Locale.ROOT))
					&& address.getHost() != null;
		} catch (URISyntaxException notAnAddress) {
			return false;
		}
	}
}
