package org.cjmstudio.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.cjmstudio.diagram.evidence.LinkEvidenceAction;
import org.cjmstudio.model.Barrier;
import org.cjmstudio.model.CjmFactory;
import org.cjmstudio.model.Evidence;
import org.cjmstudio.model.Interview;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.RespondentGroup;
import org.cjmstudio.model.ResearchStudy;
import org.cjmstudio.model.persistence.MapFiles;
import org.cjmstudio.model.templates.JourneyMapTemplates;
import org.cjmstudio.samples.SampleMap;
import org.cjmstudio.testing.Menus;
import org.cjmstudio.testing.Widgets;
import org.cjmstudio.testing.WorkspaceMaps;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A CX analyst links a barrier to the research behind it with Link Evidence...: the map's research is grouped by
 * kind with readable labels, a filter finds a respondent without losing what is ticked, New Interview... creates an
 * interview and ticks it, OK is one undoable step, Cancel changes nothing; on a map without research the dialog says
 * so and New Interview... creates the study too.
 */
class LinkEvidenceDialogTest {

	private static final String BARRIER = "Shipping costs shown only at the last step";

	private EditorDriver driver;

	@AfterEach
	void closeWithoutSaving() {
		if (driver != null) {
			driver.close();
		}
	}

	@Test
	void groupsByKindFiltersWithoutLosingTicksCreatesAnInterviewAndOkIsOneUndo() throws Exception {
		driver = EditorDriver.open(WorkspaceMaps.copy(SampleMap.B2C_ONLINE_SHOP, "link-evidence"));
		JourneyMap map = driver.editor.getMap();
		Barrier barrier = barrier(map, BARRIER);
		List<Evidence> citedBefore = List.copyOf(barrier.getEvidence());
		ResearchStudy study = map.getStudies().get(0);
		int interviewsBefore = study.getInterviews().size();
		Display display = driver.editor.getSite().getShell().getDisplay();

		Widgets.ExpectedDialog dialog = Widgets.whenShown(display, "Link Evidence", shell -> {
			Tree tree = EvidenceDialogs.tree(shell);
			assertEquals(List.of("Studies and interviews", "Insights", "Data sources"),
					List.of(tree.getItems()).stream().map(TreeItem::getText).toList(), "grouped by kind");
			List<String> labels = EvidenceDialogs.labels(tree);
			assertTrue(labels.contains("Rain jacket buyers: interviews spring 2025 \u00b7 12 interviews"), labels
					.toString());
			assertTrue(labels.contains("Interview 09: Cart abandoner, Cologne \u00b7 interested non-buyer \u00b7 16 Apr 2025"),
					labels.toString());
			assertTrue(labels.contains("Refusal reason \u00b7 Forced account creation ends checkouts"), labels.toString());
			assertTrue(labels.contains("Web analytics \u00b7 Shop analytics: product page and checkout funnel, March 2025"),
					labels.toString());
			assertTrue(labels.stream().noneMatch(label -> label.startsWith("Interview Interview")), labels.toString());
			String quote = labels.stream().filter(label -> label.startsWith("\u201cI had the jacket")).findFirst()
					.orElseThrow();
			assertTrue(quote.endsWith("\u2026\u201d") && quote.length() < 70, "shortened in quotation marks: " + quote);
			String whole = "\u201cI had the jacket in M and L in the cart because I honestly had no idea. Then I thought: a "
					+ "return, no thanks, and closed the tab. I came back a week later.\u201d";
			assertEquals(whole, EvidenceDialogs.toolTipOf(tree, EvidenceDialogs.item(tree, quote)).replace('\n', ' '),
					"the whole quote in the tool tip (wrapped)");

			// tick an interview, filter to another respondent, tick there, clear the filter: both stay ticked
			TreeItem hiker = EvidenceDialogs.item(tree, "Interview 01: Hiker, Munich");
			EvidenceDialogs.tick(tree, hiker, true);
			EvidenceDialogs.filter(shell).setText("printer");
			List<String> filtered = EvidenceDialogs.labels(tree);
			assertTrue(filtered.stream().noneMatch(label -> label.startsWith("Interview 01")), filtered.toString());
			assertTrue(filtered.stream().anyMatch(label -> label.startsWith("\u201cI had to print a label")),
					"the quote with 'printer' shows: " + filtered);
			EvidenceDialogs.tick(tree, EvidenceDialogs.item(tree, "Interview 04: Family hiker"), true);
			assertTrue(EvidenceDialogs.item(tree, "Studies and interviews").getChecked(), "the group says: some ticked");
			assertTrue(EvidenceDialogs.item(tree, "Studies and interviews").getGrayed());
			EvidenceDialogs.filter(shell).setText("");
			assertTrue(EvidenceDialogs.item(tree, "Interview 01: Hiker, Munich").getChecked(), "kept while hidden");
			assertTrue(EvidenceDialogs.item(tree, "Interview 04: Family hiker").getChecked());

			Widgets.ExpectedDialog newInterview = Widgets.whenShown(display, "New Interview...", form -> {
				Widgets.inputFields(form).get(0).setText("Anna K.");
				Combo group = Widgets.all(form, Combo.class).get(1);
				group.select(RespondentGroup.FORMER_CUSTOMERS.ordinal());
				Widgets.click(Widgets.button(form, "OK"));
			});
			Widgets.click(Widgets.button(shell, "New Interview..."));
			newInterview.assertHandled();
			TreeItem anna = EvidenceDialogs.item(tree, "Anna K. \u00b7 former customer \u00b7 ");
			assertTrue(anna.getChecked(), "the new interview is ticked");
			assertTrue(anna.getText().endsWith("(new)"), anna.getText());
			assertEquals(interviewsBefore, study.getInterviews().size(), "nothing reaches the map before OK");
			EvidenceDialogs.picture(shell, "link-evidence-dialog.png");
			Widgets.click(Widgets.button(shell, "OK"));
		});
		linkEvidenceFromTheContextMenu(barrier);
		dialog.assertHandled();
		driver.settle();

		assertEquals(interviewsBefore + 1, study.getInterviews().size());
		Interview anna = study.getInterviews().get(interviewsBefore);
		assertEquals("Anna K.", anna.getTitle());
		assertEquals(RespondentGroup.FORMER_CUSTOMERS, anna.getRespondentGroup());
		assertTrue(barrier.getEvidence().containsAll(citedBefore), "what it cited before stays");
		assertTrue(barrier.getEvidence().contains(anna));
		assertEquals(citedBefore.size() + 3, barrier.getEvidence().size(), "two ticked and the new one");
		CommandStack commands = driver.editor.getEditingDomain().getCommandStack();
		assertEquals("Link Evidence to Barrier '" + BARRIER + "'", commands.getUndoCommand().getLabel());

		commands.undo(); // one undo takes it all back
		driver.settle();
		assertEquals(interviewsBefore, study.getInterviews().size());
		assertEquals(citedBefore, barrier.getEvidence());
		assertFalse(commands.canUndo(), "it was one command");
	}

	@Test
	void cancelLeavesTheMapUnchangedEvenAfterCreatingEvidence() throws Exception {
		driver = EditorDriver.open(WorkspaceMaps.copy(SampleMap.B2C_ONLINE_SHOP, "link-evidence-cancel"));
		JourneyMap map = driver.editor.getMap();
		Barrier barrier = barrier(map, BARRIER);
		List<Evidence> citedBefore = List.copyOf(barrier.getEvidence());
		int insights = map.getInsights().size();
		Display display = driver.editor.getSite().getShell().getDisplay();

		Widgets.ExpectedDialog dialog = Widgets.whenShown(display, "Link Evidence", shell -> {
			Widgets.ExpectedDialog newInsight = Widgets.whenShown(display, "New Insight...", form -> {
				Widgets.inputFields(form).get(0).setText("Shipping costs feel like a trick");
				Widgets.click(Widgets.button(form, "OK"));
			});
			Widgets.click(Widgets.button(shell, "New Insight..."));
			newInsight.assertHandled();
			Tree tree = EvidenceDialogs.tree(shell);
			assertTrue(EvidenceDialogs.item(tree, "Need \u00b7 Shipping costs feel like a trick").getChecked());
			EvidenceDialogs.tick(tree, EvidenceDialogs.item(tree, "Interview 10: Cart abandoner, Munich"), true);
			Widgets.click(Widgets.button(shell, "Cancel"));
		});
		runLinkEvidence(barrier);
		dialog.assertHandled();

		assertEquals(insights, map.getInsights().size());
		assertEquals(citedBefore, barrier.getEvidence());
		assertFalse(driver.editor.getEditingDomain().getCommandStack().canUndo(), "no command ran");
		assertFalse(driver.editor.isDirty());
	}

	@Test
	void aMapWithoutResearchSaysSoAndNewInterviewCreatesItsStudyToo() throws Exception {
		driver = EditorDriver.open(mapWithoutResearch());
		JourneyMap map = driver.editor.getMap();
		Barrier barrier = map.getStages().get(0).getBarriers().get(0);
		Display display = driver.editor.getSite().getShell().getDisplay();

		Widgets.ExpectedDialog dialog = Widgets.whenShown(display, "Link Evidence", shell -> {
			assertTrue(Widgets.all(shell, Label.class).stream().anyMatch(label -> label.isVisible()
					&& label.getText().startsWith("This map has no research yet.")), "the hint shows");
			Widgets.ExpectedDialog newInterview = Widgets.whenShown(display, "New Interview...", form -> {
				List<org.eclipse.swt.widgets.Text> fields = Widgets.inputFields(form);
				assertEquals(2, fields.size(), "asks for the study's name and the respondent");
				assertFalse(Widgets.button(form, "OK").isEnabled(), "nothing entered yet");
				fields.get(0).setText("Delivery interviews, spring 2026");
				fields.get(1).setText("Boris");
				Widgets.click(Widgets.button(form, "OK"));
			});
			Widgets.click(Widgets.button(shell, "New Interview..."));
			newInterview.assertHandled();
			assertTrue(Widgets.all(shell, Label.class).stream().noneMatch(label -> label.isVisible()
					&& label.getText().startsWith("This map has no research yet.")), "the hint goes");
			Tree tree = EvidenceDialogs.tree(shell);
			assertTrue(EvidenceDialogs.item(tree, "Boris \u00b7 current customer").getChecked());
			EvidenceDialogs.item(tree, "Delivery interviews, spring 2026 \u00b7 1 interview");
			Widgets.click(Widgets.button(shell, "OK"));
		});
		runLinkEvidence(barrier);
		dialog.assertHandled();

		assertEquals(1, map.getStudies().size());
		Interview boris = map.getStudies().get(0).getInterviews().get(0);
		assertEquals(List.of(boris), barrier.getEvidence());
		assertTrue(boris.getId() != null && map.getStudies().get(0).getId() != null, "ids given as they join");
		driver.editor.getEditingDomain().getCommandStack().undo();
		assertTrue(map.getStudies().isEmpty() && barrier.getEvidence().isEmpty(), "one undo removes study and link");
	}

	private void linkEvidenceFromTheContextMenu(Barrier barrier) {
		driver.editor.getGraphicalViewer().setSelection(new StructuredSelection(driver.partOf(barrier)));
		driver.settle();
		MenuManager manager = driver.editor.getGraphicalViewer().getContextMenu();
		Control control = driver.editor.getGraphicalViewer().getControl();
		Menu menu = Menus.shown(control.getMenu() != null ? control.getMenu() : manager.createContextMenu(control));
		try {
			Menus.choose(Menus.item(menu, "Link Evidence..."));
		} finally {
			Menus.hide(menu);
		}
	}

	private void runLinkEvidence(Barrier barrier) {
		driver.editor.getGraphicalViewer().setSelection(new StructuredSelection(driver.partOf(barrier)));
		driver.settle();
		ActionRegistry actions = (ActionRegistry) driver.editor.getAdapter(ActionRegistry.class);
		actions.getAction(LinkEvidenceAction.ID).run();
		driver.settle();
	}

	static Barrier barrier(JourneyMap map, String name) {
		return map.getStages().stream().flatMap(stage -> stage.getBarriers().stream())
				.filter(barrier -> name.equals(barrier.getName())).findFirst()
				.orElseThrow(() -> new AssertionError("no barrier " + name));
	}

	private static IFile mapWithoutResearch() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("link-evidence-empty");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		JourneyMap map = JourneyMapTemplates.newStandardMap("Delivery");
		Barrier barrier = CjmFactory.eINSTANCE.createBarrier();
		barrier.setName("Delivery cost");
		map.getStages().get(0).getBarriers().add(barrier);
		org.cjmstudio.model.ids.ElementIds.assignMissing(map);
		IFile file = project.getFile("delivery.cjm");
		MapFiles.save(map, Path.of(file.getLocationURI()));
		file.refreshLocal(IResource.DEPTH_ZERO, null);
		return file;
	}
}
