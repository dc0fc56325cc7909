package org.cjmstudio.collab.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.cjmstudio.diagram.editor.JourneyMapEditor;
import org.cjmstudio.diagram.problems.ProblemMarkers;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.Barrier;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.validation.MapValidation;
import org.cjmstudio.testing.Screenshots;
import org.cjmstudio.testing.Widgets;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.gef.EditPart;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.junit.jupiter.api.Test;

/**
 * The findings of Lena's open team map are in the Problems view as a file's are, named by the map: Omar's change that
 * makes a barrier an assumption adds one within a second and citing the evidence again takes it away; selecting it in
 * the Problems view selects the card in her editor; when she closes the map its findings go.
 */
class TeamMapProblemsTest extends OmarSharesTheB2cSample {

	@Test
	void theTeamMapsFindingsAreInTheProblemsViewAndFollowTheTeamsChanges() throws Exception {
		JourneyMapEditor editor = TeamWorkbench.openFromTheTeamMapsView(window, server, omar.mapId());
		String key = editor.getMap().eResource().getURI().toString();
		String title = editor.getMap().getTitle();
		List<IMarker> markers = ProblemMarkers.ofLive(key);
		assertEquals(findings(editor), markers.size(), "one marker per finding of the map");
		assertTrue(markers.size() > 0, "the sample has findings");
		for (IMarker marker : markers) {
			assertTrue(marker.getAttribute(IMarker.LOCATION, "").startsWith(title + ": "),
					"the location names the map: " + marker.getAttribute(IMarker.LOCATION, ""));
		}
		window.getActivePage().showView(IPageLayout.ID_PROBLEM_VIEW);
		Tree problems = problemsTree();
		Widgets.waitUntil(display, () -> listed(problems).contains(markers.get(0).getAttribute(IMarker.MESSAGE, "")),
				20, "the Problems view to list the team map's findings");

		System.out.println("TeamMapProblemsTest: the team map has " + markers.size() + " findings");

		// Omar takes a barrier's evidence away (an error, such as a nameless step, the server refuses: it breaks the
		// shapes): the barrier is an assumption now, a warning
		Barrier barrier = editor.getMap().getStages().stream().flatMap(stage -> stage.getBarriers().stream())
				.filter(candidate -> !candidate.getEvidence().isEmpty()).findFirst().orElseThrow();
		String barrierId = barrier.getId();
		List<EObject> evidence = omar.read(map -> List.copyOf(barrierIn(map, barrierId).getEvidence()));
		long changed = System.nanoTime();
		omar.edit((domain, map) -> RemoveCommand.create(domain, barrierIn(map, barrierId),
				CjmPackage.Literals.BARRIER__EVIDENCE, evidence));
		Widgets.waitUntil(display, () -> barrierIn(editor.getMap(), barrierId).getEvidence().isEmpty(), 10,
				"Omar's change to reach Lena's map");
		long millis = (System.nanoTime() - changed) / 1_000_000;
		System.out.println("TeamMapProblemsTest: Omar's change was a problem in Lena's workbench after " + millis + " ms");
		// the findings are brought up to date in the same step that applies the change (how soon that is after
		// Omar's edit is LiveTeamMapTest's to measure)
		IMarker error = markerOf(key, barrier);
		assertNotNull(error, "the warning is there as soon as the change is");
		assertEquals(IMarker.SEVERITY_WARNING, error.getAttribute(IMarker.SEVERITY, -1));
		assertEquals("barrier.no-evidence", error.getAttribute(ProblemMarkers.RULE_ID, ""));
		assertEquals(findings(editor), ProblemMarkers.ofLive(key).size());
		String message = error.getAttribute(IMarker.MESSAGE, "");
		Widgets.waitUntil(display, () -> listed(problems).contains(message), 20,
				"the Problems view to list '" + message + "'");

		// selecting it in the Problems view (as a click does) selects the card in Lena's editor
		window.getActivePage().activate(window.getActivePage().findView(IPageLayout.ID_PROBLEM_VIEW));
		TreeItem item = itemOf(problems, message);
		problems.setSelection(item);
		Event click = new Event();
		click.item = item;
		problems.notifyListeners(SWT.Selection, click);
		Widgets.waitUntil(display, () -> selectedModel(editor) == barrierIn(editor.getMap(), barrierId), 10,
				"the barrier to be selected in the editor (selected: " + selectedModel(editor) + ")");
		Screenshots.capture(window.getShell(), "team-map-problems.png");

		omar.edit((domain, map) -> AddCommand.create(domain, barrierIn(map, barrierId),
				CjmPackage.Literals.BARRIER__EVIDENCE, evidence));
		Widgets.waitUntil(display, () -> markerOf(key, barrier) == null, 10,
				"the warning to go once Omar cites the evidence again");
		assertEquals(findings(editor), ProblemMarkers.ofLive(key).size());

		window.getActivePage().closeEditor(editor, false);
		assertEquals(List.of(), ProblemMarkers.ofLive(key), "the findings go with the map's editor");
	}

	private static long findings(JourneyMapEditor editor) {
		Diagnostic result = MapValidation.installed().validate(editor.getMap());
		return result.getChildren().stream().filter(problem -> problem.getSeverity() >= Diagnostic.WARNING).count();
	}

	private static Barrier barrierIn(JourneyMap map, String id) {
		return map.getStages().stream().flatMap(stage -> stage.getBarriers().stream())
				.filter(candidate -> id.equals(candidate.getId())).findFirst().orElseThrow();
	}

	private static IMarker markerOf(String key, Barrier barrier) {
		try {
			return ProblemMarkers.ofLive(key).stream()
					.filter(marker -> barrier.getId().equals(marker.getAttribute(ProblemMarkers.ELEMENT_ID, "")))
					.findFirst().orElse(null);
		} catch (CoreException e) {
			throw new IllegalStateException(e);
		}
	}

	private static Object selectedModel(JourneyMapEditor editor) {
		Object selected = ((IStructuredSelection) editor.getGraphicalViewer().getSelection()).getFirstElement();
		return selected instanceof EditPart part ? part.getModel() : null;
	}

	private Tree problemsTree() {
		return Widgets.all(window.getShell(), Tree.class).stream()
				.filter(tree -> tree.getColumnCount() > 0 && tree.getColumn(0).getText().equals("Description"))
				.findFirst().orElseThrow();
	}

	/** The descriptions the Problems view lists, its groups (Errors, Warnings) opened as a click on them would. */
	private static List<String> listed(Tree tree) {
		List<String> descriptions = new ArrayList<>();
		for (TreeItem group : tree.getItems()) {
			if (!group.getExpanded()) {
				Event expand = new Event();
				expand.item = group;
				tree.notifyListeners(SWT.Expand, expand);
				group.setExpanded(true);
			}
			for (TreeItem item : group.getItems()) {
				descriptions.add(item.getText(0));
			}
		}
		return descriptions;
	}

	private static TreeItem itemOf(Tree tree, String description) {
		for (TreeItem group : tree.getItems()) {
			for (TreeItem item : group.getItems()) {
				if (item.getText(0).equals(description)) {
					return item;
				}
			}
		}
		throw new AssertionError("the Problems view does not list '" + description + "'");
	}
}
