package org.cjmstudio.research.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.cjmstudio.model.Barrier;
import org.cjmstudio.model.CjmFactory;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.Interview;
import org.cjmstudio.model.ResearchStudy;
import org.cjmstudio.model.RespondentGroup;
import org.cjmstudio.model.Stage;
import org.cjmstudio.model.edit.domain.CommandLabels;
import org.cjmstudio.research.ui.view.ResearchView;
import org.cjmstudio.testing.Menus;
import org.cjmstudio.testing.Screenshots;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A CX analyst starts the research of a new map in the Research view: a study, its interviews, names typed in place,
 * a mistake deleted and brought back, the details in the Properties view — each change one step on the map's
 * command stack.
 */
class ResearchViewTest {

	private final ResearchDriver driver = new ResearchDriver();

	@AfterEach
	void closeTheMap() {
		driver.close();
	}

	@Test
	void withoutAMapOrWithoutResearchTheViewSaysHowToStart() throws Exception {
		driver.page.closeAllEditors(false);
		ResearchView view = (ResearchView) driver.page.showView(ResearchView.ID);
		driver.drain();
		assertTrue(view.emptyStateText().startsWith("Open a journey map"), view.emptyStateText());

		driver.open(ResearchDriver.newMap("research-empty", "Empty research"));
		assertTrue(driver.view.emptyStateText().startsWith("No research yet: New Study"),
				driver.view.emptyStateText());
		assertEquals(List.of("New Study", "New Interview", "New Quote", "New Insight", "New Data Source"),
				driver.toolbarLabels());
		assertEquals(List.of("Insights (0)", "Data sources (0)"), driver.rows());
		driver.tree().setSelection(new TreeItem[0]);
		List<String> menu = driver.contextMenu();
		assertTrue(menu.containsAll(List.of("New Study", "New Insight", "New Data Source")), menu.toString());
		assertFalse(menu.contains("New Interview"), "no study to add an interview to: " + menu);
	}

	@Test
	void anAnalystStartsAStudyAddsInterviewsAndNamesThemInPlace() throws Exception {
		driver.open(ResearchDriver.newMap("research-start", "Checkout"));
		driver.focusTree();

		driver.clickToolbar("New Study");
		ResearchStudy study = driver.map().getStudies().get(0);
		driver.assertSelected(study);
		driver.typeName("Checkout study");
		assertEquals("Checkout study", study.getTitle());
		assertEquals("Checkout study — 0 interviews: 10 more for research, 20 more for 20", driver.rowOf(study));
		assertNull(driver.view.emptyStateText(), "the how-to-start text goes once there is research");
		assertEquals("Rename Research Study", CommandLabels.of(driver.stack().getUndoCommand()));

		for (int i = 0; i < 7; i++) {
			driver.view.tree().setSelection(new StructuredSelection(study));
			driver.chooseFromContextMenu("New Interview");
			driver.press(0, SWT.CR); // keeps the proposed name
		}
		assertEquals(7, study.getInterviews().size());
		assertEquals("Interview 07", study.getInterviews().get(6).getTitle());
		assertEquals("Checkout study — 7 interviews: 3 more for research, 13 more for 20", driver.rowOf(study));

		Interview first = study.getInterviews().get(0);
		driver.execute(SetCommand.create(driver.editor.getEditingDomain(), first,
				CjmPackage.Literals.INTERVIEW__RESPONDENT_PROFILE, "Anna, 34, buys for her family"));
		driver.execute(SetCommand.create(driver.editor.getEditingDomain(), first,
				CjmPackage.Literals.INTERVIEW__RESPONDENT_GROUP, RespondentGroup.FORMER_CUSTOMERS));
		driver.execute(SetCommand.create(driver.editor.getEditingDomain(), first, CjmPackage.Literals.EVIDENCE__DATE,
				Date.from(LocalDate.of(2026, 3, 12).atStartOfDay().toInstant(ZoneOffset.UTC))));
		assertEquals("Interview 01 — Anna, 34, buys for her family · former customers · 2026-03-12",
				driver.rowOf(first));

		// F2, a real key press, renames the selected interview.
		Interview second = study.getInterviews().get(1);
		driver.view.tree().setSelection(new StructuredSelection(second));
		driver.focusTree();
		driver.press(0, SWT.F2);
		driver.typeName("Ben, lapsed buyer");
		assertEquals("Ben, lapsed buyer", second.getTitle());
		driver.assertSelected(second);

		Screenshots.capture(driver.page.getWorkbenchWindow().getShell(), "research-view-study.png");
	}

	@Test
	void deleteTakesEveryReferenceAlongAndOneUndoBringsItBack() throws Exception {
		driver.open(ResearchDriver.newMap("research-delete", "Returns"));
		ResearchStudy study = CjmFactory.eINSTANCE.createResearchStudy();
		study.setTitle("Returns study");
		List<Interview> interviews = new ArrayList<>();
		for (int i = 1; i <= 3; i++) {
			Interview interview = CjmFactory.eINSTANCE.createInterview();
			interview.setTitle("Interview " + i);
			study.getInterviews().add(interview);
			interviews.add(interview);
		}
		driver.execute(AddCommand.create(driver.editor.getEditingDomain(), driver.map(),
				CjmPackage.Literals.JOURNEY_MAP__STUDIES, study));
		Stage stage = driver.map().getStages().get(0);
		Barrier barrier = CjmFactory.eINSTANCE.createBarrier();
		barrier.setName("Return label needs a printer");
		barrier.getEvidence().add(interviews.get(1));
		driver.execute(AddCommand.create(driver.editor.getEditingDomain(), stage,
				CjmPackage.Literals.STAGE__BARRIERS, barrier));

		driver.view.tree().setSelection(new StructuredSelection(interviews.get(1)));
		driver.focusTree();
		driver.press(0, SWT.DEL);
		assertEquals(List.of(interviews.get(0), interviews.get(2)), study.getInterviews());
		assertTrue(barrier.getEvidence().isEmpty(), "the barrier no longer cites the deleted interview");
		assertFalse(driver.rows().contains("  Interview 2"), driver.rows().toString());

		driver.focusTree();
		driver.press(SWT.CTRL, 'z');
		assertEquals(interviews, study.getInterviews(), "one undo brings the interview back in its place");
		assertEquals(List.of(interviews.get(1)), barrier.getEvidence(), "and the barrier's citation");
		assertTrue(driver.rows().contains("  Interview 2"), driver.rows().toString());

		driver.focusTree();
		driver.press(SWT.CTRL, 'y');
		assertEquals(2, study.getInterviews().size(), "Ctrl+Y deletes it again");
		driver.press(SWT.CTRL, 'z');

		// A study with interviews goes only after a yes.
		driver.view.tree().setSelection(new StructuredSelection(study));
		var question = org.cjmstudio.testing.Widgets.answerWhenShown(driver.display, "Delete Research", "No");
		driver.chooseFromContextMenu("Delete");
		question.assertHandled();
		assertEquals(1, driver.map().getStudies().size(), "No keeps the study");
	}

	@Test
	void thePropertiesViewShowsTheSelectedElementAndFollowsChanges() throws Exception {
		driver.open(ResearchDriver.newMap("research-properties", "Onboarding"));
		ResearchStudy study = CjmFactory.eINSTANCE.createResearchStudy();
		study.setTitle("Onboarding study");
		study.setGoal("Why do trial users not activate?");
		driver.execute(AddCommand.create(driver.editor.getEditingDomain(), driver.map(),
				CjmPackage.Literals.JOURNEY_MAP__STUDIES, study));
		driver.focusTree();
		driver.view.tree().setSelection(new StructuredSelection(study));
		PropertySheet properties = (PropertySheet) driver.page.showView(IPageLayout.ID_PROP_SHEET, null,
				org.eclipse.ui.IWorkbenchPage.VIEW_VISIBLE);
		driver.focusTree();
		driver.view.tree().setSelection(new StructuredSelection(study));
		driver.drain();
		List<String> shown = propertyRows(properties);
		assertTrue(shown.contains("Title = Onboarding study"), shown.toString());
		assertTrue(shown.contains("Goal = Why do trial users not activate?"), shown.toString());

		driver.execute(SetCommand.create(driver.editor.getEditingDomain(), study,
				CjmPackage.Literals.EVIDENCE__TITLE, "Activation study"));
		shown = propertyRows(properties);
		assertTrue(shown.contains("Title = Activation study"), "the page follows the command stack: " + shown);
		assertSame(study, driver.selected(), "the tree keeps the selection across the refresh");
		assertTrue(driver.rowOf(study).startsWith("Activation study — 0 interviews"), driver.rowOf(study));
	}

	@Test
	void theViewFollowsTheActiveMapEditor() throws Exception {
		ResearchDriver other = new ResearchDriver();
		driver.open(ResearchDriver.newMap("research-follow", "First map"));
		other.open(ResearchDriver.newMap("research-follow", "Second map"));
		try {
			assertSame(other.map(), driver.view.tree().getInput(), "the active editor's map");
			assertEquals(0, listenersOn(driver.map()), "the map no longer shown is not listened to");
			assertEquals(1, listenersOn(other.map()));
			driver.page.activate(driver.editor);
			driver.drain();
			assertSame(driver.map(), driver.view.tree().getInput());
			other.close();
			other.editor = null;
			assertSame(driver.map(), driver.view.tree().getInput(), "closing the other map leaves this one");
		} finally {
			other.close();
		}
	}

	@Test
	void closingTheViewLeavesNoListenerBehind() throws Exception {
		driver.open(ResearchDriver.newMap("research-leaks", "Leaks"));
		ResearchStudy study = CjmFactory.eINSTANCE.createResearchStudy();
		study.setTitle("Study");
		driver.execute(AddCommand.create(driver.editor.getEditingDomain(), driver.map(),
				CjmPackage.Literals.JOURNEY_MAP__STUDIES, study));
		assertEquals(1, listenersOn(driver.map()));
		assertEquals(1, listenersOn(study), "new research is listened to as well");
		driver.page.hideView(driver.view);
		driver.drain();
		assertEquals(0, listenersOn(driver.map()), "closing the view removes its listener from the map");
		assertEquals(0, listenersOn(study));
		driver.view = (ResearchView) driver.page.showView(ResearchView.ID);
		driver.drain();
		assertEquals(1, listenersOn(driver.map()), "opened again, it listens again");
	}

	private static long listenersOn(org.eclipse.emf.ecore.EObject element) {
		return element.eAdapters().stream().filter(a -> a.getClass().getSimpleName().equals("ResearchChanges"))
				.count();
	}

	@Test
	void theUndoEntryOfTheEditMenuNamesTheStep() throws Exception {
		driver.open(ResearchDriver.newMap("research-undo", "Undo names"));
		driver.focusTree();
		driver.clickToolbar("New Data Source");
		driver.typeName("Web analytics");
		driver.focusTree();
		Menu edit = Menus.ofMenuBar(driver.page.getWorkbenchWindow().getShell(), "Edit");
		try {
			assertTrue(Menus.labels(edit).contains("Undo Rename Data Source"), Menus.labels(edit).toString());
		} finally {
			Menus.hide(edit);
		}
	}

	private List<String> propertyRows(PropertySheet properties) {
		driver.drain();
		Tree tree = (Tree) properties.getCurrentPage().getControl();
		List<String> rows = new ArrayList<>();
		collect(tree.getItems(), rows);
		return rows;
	}

	private static void collect(TreeItem[] items, List<String> rows) {
		for (TreeItem item : items) {
			item.setExpanded(true);
			rows.add(item.getText(0) + " = " + item.getText(1));
			collect(item.getItems(), rows);
		}
	}
}
