package org.cjmstudio.rdf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.cjmstudio.rdf.RdfFormat;
import org.junit.jupiter.api.Test;

/** The names a shell user types for formats resolve the way the command line help promises. */
class RdfFormatTest {

	@Test
	void findsFormatsByShortNameExtensionAndJenaName() {
		assertEquals(Optional.of(RdfFormat.TURTLE), RdfFormat.byName("ttl"));
		assertEquals(Optional.of(RdfFormat.TURTLE), RdfFormat.byName("Turtle"));
		assertEquals(Optional.of(RdfFormat.JSON_LD), RdfFormat.byName("jsonld"));
		assertEquals(Optional.of(RdfFormat.JSON_LD), RdfFormat.byName("JSON-LD"));
		assertEquals(Optional.of(RdfFormat.RDF_XML), RdfFormat.byName("rdfxml"));
		assertEquals(Optional.of(RdfFormat.RDF_XML), RdfFormat.byName("rdf"));
		assertEquals(Optional.of(RdfFormat.N_TRIPLES), RdfFormat.byName(" nt "));
		assertEquals(Optional.of(RdfFormat.TRIG), RdfFormat.byName("trig"));
	}

	@Test
	void rejectsUnknownNamesAndListsTheKnownOnes() {
		assertTrue(RdfFormat.byName("csv").isEmpty());
		assertEquals("ttl, jsonld, rdfxml, nt, trig", RdfFormat.shortNames());
	}

	@Test
	void onlyTrigKeepsNamedGraphs() {
		for (RdfFormat format : RdfFormat.values()) {
			assertEquals(format == RdfFormat.TRIG, format.isDatasetFormat(), format.name());
		}
	}
}
