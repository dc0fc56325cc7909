package org.cjmstudio.example.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.apache.jena.rdf.model.ModelFactory;
import org.cjmstudio.rdf.export.RdfExport;
import org.cjmstudio.rdf.ui.query.MapQuery;
import org.cjmstudio.rdf.ui.query.QueryResults;
import org.cjmstudio.rdf.ui.query.SavedQueries;
import org.cjmstudio.rdf.ui.query.SavedQuery;
import org.junit.jupiter.api.Test;

/** The example's saved SPARQL query, installed through org.cjmstudio.queries for the SPARQL view's drop-down. */
class PersonalDataQueryTest {

	@Test
	void itFindsTheSignUpFormAndNothingElse() {
		SavedQuery saved = SavedQueries.all().stream()
				.filter(query -> query.id().equals("org.cjmstudio.example.personal-data-touchpoints")).findFirst()
				.orElseThrow();
		assertEquals("org.cjmstudio.example", saved.plugin());

		QueryResults results = MapQuery.parse(saved.text()).runOver(
				ModelFactory.createModelForGraph(RdfExport.toGraph(List.of(ExampleMaps.signUpWithoutConsent()))));

		assertEquals(List.of("map", "stage", "touchpoint", "description"), results.variables());
		assertEquals(1, results.rows().size(), results.rows().toString());
		assertEquals(List.of("Opening a current account", "Purchase", "Sign-up form"),
				results.rows().get(0).subList(0, 3));
	}
}
