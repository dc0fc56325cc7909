package org.cjmstudio.rdf.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.cjmstudio.diagram.editor.JourneyMapEditor;
import org.cjmstudio.rdf.ui.query.QueryResults;
import org.cjmstudio.rdf.ui.query.SavedQuery;
import org.cjmstudio.rdf.ui.views.SparqlView;
import org.cjmstudio.samples.SampleMap;
import org.cjmstudio.testing.Screenshots;
import org.cjmstudio.testing.WorkspaceMaps;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import java.util.Arrays;
import org.cjmstudio.model.Barrier;
import org.cjmstudio.testing.Widgets;
import org.eclipse.gef.EditPart;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;

/** Given both samples open in journey map editors, the analyst runs SPARQL over them in the SPARQL view. */
class SparqlViewTest {

	private static final String PROJECT = "sparql-view";

	private IWorkbenchPage page;
	private String b2bTitle;
	private String b2cTitle;
	private SparqlView view;

	@BeforeEach
	void openSamplesAndView() throws Exception {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		b2bTitle = open(SampleMap.B2B_ENTERPRISE_SOFTWARE);
		b2cTitle = open(SampleMap.B2C_ONLINE_SHOP);
		view = (SparqlView) page.showView(SparqlView.ID);
	}

	@AfterEach
	void closeEverything() throws Exception {
		page.hideView(view);
		page.closeAllEditors(false);
		ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT).delete(true, null);
	}

	@Test
	void barriersWithoutEvidenceAreCountedPerMap() throws Exception {
		QueryResults results = run(saved("barriers-without-evidence.rq"));

		Map<String, Long> perMap = countBy(results, "map");
		assertEquals(3L, perMap.get(b2bTitle), "B2B barriers without evidence: " + results.rows());
		assertEquals(4L, perMap.get(b2cTitle), "B2C barriers without evidence: " + results.rows());
		assertEquals(2, perMap.size());
	}

	@Test
	void touchpointsByChannelHaveAnAverageValence() throws Exception {
		QueryResults results = run(saved("touchpoints-by-channel.rq"));

		assertFalse(results.rows().isEmpty(), view.statusText());
		int average = results.variables().indexOf("averageValence");
		for (List<String> row : results.rows()) {
			double valence = Double.parseDouble(row.get(average));
			assertTrue(valence >= -3 && valence <= 3, "valence out of range in " + row);
		}
		assertEquals(2, countBy(results, "map").size(), "both maps have touchpoints with emotions");
	}

	@Test
	void everyOpportunityOfTheSamplesHasMetrics() throws Exception {
		QueryResults results = run(saved("opportunities-without-metrics.rq"));

		// all ten sample opportunities name their metrics: the query answers, with nothing to report
		assertEquals(List.of("map", "opportunity", "owner", "status"), results.variables());
		assertEquals(List.of(), results.rows());
	}

	@Test
	void emotionDropsBetweenStagesAreFound() throws Exception {
		QueryResults results = run(saved("emotion-drops-by-stage.rq"));

		assertFalse(results.rows().isEmpty(), view.statusText());
		int drop = results.variables().indexOf("drop");
		double previous = Double.MAX_VALUE;
		for (List<String> row : results.rows()) {
			double value = Double.parseDouble(row.get(drop));
			assertTrue(value > 0 && value <= previous, "drops must be positive and largest first: " + results.rows());
			previous = value;
		}
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
		Screenshots.capture(page.getWorkbenchWindow().getShell(), "sparql-view.png");
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
	}

	@Test
	void aMalformedQueryIsExplainedInTheView() {
		view.setQuery("SELECT ?x WHERE { ?x");

		Job job = view.run();

		assertNull(job, "a query that is not SPARQL must not run");
		assertTrue(view.statusText().startsWith("The query is not SPARQL"), view.statusText());
	}

	@Test
	void theViewShipsTheSavedQueries() {
		List<String> files = view.savedQueries().stream().map(SavedQuery::fileName).toList();

		assertTrue(files.containsAll(List.of("barriers-without-evidence.rq", "touchpoints-by-channel.rq",
				"opportunities-without-metrics.rq", "emotion-drops-by-stage.rq")), files.toString());
	}

	private static final String SEVERITIES = "PREFIX cjm: <https://w3id.org/cjmstudio/ontology#>\n"
			+ "SELECT ?barrier ?severity WHERE { ?barrier a cjm:Barrier ; cjm:severity ?severity } ORDER BY ?barrier";

	@Test
	void termsAndElementsReadAsTheirNames() {
		QueryResults results = run(SEVERITIES);

		int severity = results.variables().indexOf("severity");
		int barrier = results.variables().indexOf("barrier");
		assertTrue(results.rows().stream().allMatch(row -> List.of("Low", "Medium", "High", "Critical")
				.contains(row.get(severity))), "severities by their labels: " + results.rows());
		assertTrue(results.rows().stream().anyMatch(row -> row.get(barrier).equals("Account required to check out")),
				"barriers by their names: " + results.rows());
	}

	@Test
	void doubleClickingARowSelectsItsCardInItsMap() {
		QueryResults results = run(SEVERITIES);
		Table table = Widgets.all((Composite) view.sash().getParent(), Table.class).get(0);
		String name = results.rows().get(0).get(results.variables().indexOf("barrier"));

		table.setSelection(0);
		table.notifyListeners(SWT.DefaultSelection, new Event()); // what a double click sends

		JourneyMapEditor editor = (JourneyMapEditor) page.getActiveEditor();
		Object selected = ((IStructuredSelection) editor.getGraphicalViewer().getSelection()).getFirstElement();
		assertTrue(selected instanceof EditPart part && part.getModel() instanceof Barrier barrier
				&& barrier.getName().equals(name), "the barrier's card is selected: " + selected);
	}

	@Test
	void theResultsGetMostOfTheViewsHeight() {
		run(SEVERITIES);
		int[] weights = view.sash().getWeights();
		assertTrue(weights[1] > weights[0], "results below the query take more room: " + Arrays.toString(weights));
		Table table = Widgets.all((Composite) view.sash().getParent(), Table.class).get(0);
		assertTrue(table.getSize().y >= 5 * table.getItemHeight(), "at least five rows show without maximising: "
				+ table.getSize());
	}

	private String open(SampleMap sample) throws Exception {
		JourneyMapEditor editor = (JourneyMapEditor) IDE.openEditor(page, WorkspaceMaps.copy(sample, PROJECT),
				JourneyMapEditor.ID);
		return editor.getMap().getTitle();
	}

	private String saved(String fileName) {
		return view.savedQueries().stream()
				.filter(query -> query.fileName().equals(fileName))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no saved query " + fileName))
				.text();
	}

	private QueryResults run(String query) {
		view.setQuery(query);
		Job job = view.run();
		assertNotNull(job, view.statusText());
		Jobs.finish(job);
		assertNotNull(view.results(), view.statusText());
		return view.results();
	}

	private static Map<String, Long> countBy(QueryResults results, String variable) {
		int column = results.variables().indexOf(variable);
		return results.rows().stream()
				.collect(Collectors.groupingBy(row -> row.get(column), Collectors.counting()));
	}
}
