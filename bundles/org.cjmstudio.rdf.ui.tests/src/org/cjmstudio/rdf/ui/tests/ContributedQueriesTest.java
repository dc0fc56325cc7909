package org.cjmstudio.rdf.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.cjmstudio.diagram.editor.JourneyMapEditor;
import org.cjmstudio.rdf.ui.query.QueryResults;
import org.cjmstudio.rdf.ui.query.SavedQueries;
import org.cjmstudio.rdf.ui.query.SavedQuery;
import org.cjmstudio.rdf.ui.views.SparqlView;
import org.cjmstudio.samples.SampleMap;
import org.cjmstudio.testing.Widgets;
import org.cjmstudio.testing.WorkspaceMaps;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;

/**
 * Saved queries come through the extension point org.cjmstudio.queries: CJM Studio's own (so the shipped queries
 * prove the mechanism) and a plugin's — this test bundle contributes two good ones and broken ones (plugin.xml,
 * queries/).
 */
class ContributedQueriesTest {

	private static final String TESTS = "org.cjmstudio.rdf.ui.tests";

	@Test
	void theViewsListIsOursAndThePluginsInTheirOrder() {
		List<SavedQuery> queries = SavedQueries.all();

		assertEquals(List.of("org.cjmstudio.queries.barriers-without-evidence", "tests.stages-per-map",
				"org.cjmstudio.queries.opportunities-without-metrics", "org.cjmstudio.queries.emotion-drops-by-stage",
				"org.cjmstudio.queries.touchpoints-by-channel", "tests.any-barrier"),
				queries.stream().map(SavedQuery::id).toList(), "by order: ours 10 to 40, the plugin's 15 and 500");
		assertEquals("org.cjmstudio.rdf.ui", queries.get(0).plugin(), "a plugin cannot replace our query");
		assertEquals("Barriers without evidence", queries.get(0).name());
		SavedQuery plugins = queries.get(1);
		assertEquals(TESTS, plugins.plugin());
		assertEquals("stages-per-map.rq", plugins.fileName());
		assertTrue(plugins.text().contains("COUNT(?stage)"), "the text of the plugin's own file");
		assertEquals("How many stages each open map has.\nSaved query of " + TESTS + " (stages-per-map.rq)",
				plugins.about());
	}

	@Test
	void brokenContributionsAreLeftOutWithAWarningNamingThePlugin() {
		List<IStatus> logged = new ArrayList<>();
		ILogListener listener = (status, plugin) -> logged.add(status);
		Platform.addLogListener(listener);
		List<String> ids;
		try {
			ids = SavedQueries.all().stream().map(SavedQuery::id).toList();
		} finally {
			Platform.removeLogListener(listener);
		}

		for (String broken : List.of("tests.missing-file", "tests.not-sparql", "tests.order-in-words")) {
			assertFalse(ids.contains(broken), broken);
			assertTrue(logged.stream().anyMatch(status -> status.getSeverity() == IStatus.WARNING
					&& status.getMessage().contains("plugin '" + TESTS + "'")
					&& status.getMessage().contains("'" + broken + "'")), broken + " not logged: " + logged);
		}
		assertTrue(logged.stream().anyMatch(status -> status.getMessage().contains("queries/not-sparql.rq")
				&& status.getMessage().contains("is not SPARQL")), "the file and the reason: " + logged);
		assertTrue(logged.stream().anyMatch(status -> status.getMessage().contains("is taken")), logged.toString());
	}

	@Test
	void theSparqlViewOffersThePluginsQueryAndRunsIt() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		try {
			String b2c = open(page, SampleMap.B2C_ONLINE_SHOP);
			String b2b = open(page, SampleMap.B2B_ENTERPRISE_SOFTWARE);
			if (page.findView(SparqlView.ID) != null) {
				page.hideView(page.findView(SparqlView.ID)); // a fresh view, as the user opens it
			}
			SparqlView view = (SparqlView) page.showView(SparqlView.ID);
			Combo saved = Widgets.all((Composite) view.sash().getParent(), Combo.class).get(0);
			assertEquals(SavedQueries.all().stream().map(SavedQuery::name).toList(), Arrays.asList(saved.getItems()),
					"the drop-down lists the installed queries");
			assertEquals("Barriers without evidence", saved.getText(), "the first is shown when the view opens");

			saved.select(saved.indexOf("Stages per map"));
			saved.notifyListeners(SWT.Selection, null);
			assertTrue(saved.getToolTipText().contains(TESTS), saved.getToolTipText());
			Job job = view.run();
			assertNotNull(job, view.statusText());
			Jobs.finish(job);

			QueryResults results = view.results();
			assertNotNull(results, view.statusText());
			int map = results.variables().indexOf("map");
			assertEquals(List.of(b2b, b2c).stream().sorted().toList(),
					results.rows().stream().map(row -> row.get(map)).toList(), "one row per open map");
			page.hideView(view);
		} finally {
			page.closeAllEditors(false);
			ResourcesPlugin.getWorkspace().getRoot().getProject("contributed-queries").delete(true, null);
		}
	}

	private static String open(IWorkbenchPage page, SampleMap sample) throws Exception {
		return ((JourneyMapEditor) IDE.openEditor(page, WorkspaceMaps.copy(sample, "contributed-queries"),
				JourneyMapEditor.ID)).getMap().getTitle();
	}
}
