package org.cjmstudio.research.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cjmstudio.model.CjmFactory;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.Insight;
import org.cjmstudio.model.InsightKind;
import org.cjmstudio.model.Interview;
import org.cjmstudio.model.ResearchStudy;
import org.cjmstudio.model.RespondentGroup;
import org.cjmstudio.model.edit.domain.CommandLabels;
import org.cjmstudio.research.patterns.ProposedInsight;
import org.cjmstudio.research.ui.analysis.ProposedInsightsDialog;
import org.cjmstudio.research.ui.importing.ImportTranscriptsJob;
import org.cjmstudio.research.ui.importing.ImportTranscriptsWizard;
import org.cjmstudio.testing.Screenshots;
import org.cjmstudio.testing.Widgets;
import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * File > Import > CJM Studio > Interview transcripts brings an analyst's transcript files into a study of the open
 * map (a bad file refuses the whole import and is named); Analyse Interviews... on the study proposes insights that
 * the analyst accepts or rejects.
 */
class ImportAndAnalyseTranscriptsTest {

	private static final String WIZARD_ID = "org.cjmstudio.research.ui.importTranscripts";

	private final ResearchDriver driver = new ResearchDriver();
	private ResearchStudy study;
	private Path folder;

	@BeforeEach
	void aMapWithAStudy() throws Exception {
		driver.open(ResearchDriver.newMap("research-import", "Home goods"));
		study = CjmFactory.eINSTANCE.createResearchStudy();
		study.setTitle("Checkout interviews");
		driver.execute(AddCommand.create(driver.editor.getEditingDomain(), driver.map(),
				CjmPackage.Literals.JOURNEY_MAP__STUDIES, study));
		folder = Files.createTempDirectory("transcripts");
	}

	@AfterEach
	void closeTheMap() {
		driver.close();
	}

	@Test
	void theWizardIsListedUnderCjmStudio() {
		IWizardDescriptor wizard = PlatformUI.getWorkbench().getImportWizardRegistry().findWizard(WIZARD_ID);
		assertNotNull(wizard, "File > Import offers the transcript import");
		assertEquals("Interview transcripts", wizard.getLabel());
		assertEquals("CJM Studio", wizard.getCategory().getLabel());
	}

	@Test
	void importedTranscriptsBecomeInterviewsOfTheStudyAndAreSelected() throws Exception {
		List<Path> files = List.of(transcript("anna.txt", "Anna", "former customers",
				"The delivery fee was far too high for such a small parcel. I was afraid the size would not fit."),
				transcript("ben.txt", "Ben", "current customers",
						"Again the delivery fee surprised me at checkout. I was afraid to type my card number."));
		driver.view.tree().setSelection(new StructuredSelection(study));
		importThroughTheWizard(files);

		assertEquals(List.of("Anna", "Ben"), study.getInterviews().stream().map(Interview::getTitle).toList());
		assertEquals(RespondentGroup.FORMER_CUSTOMERS, study.getInterviews().get(0).getRespondentGroup());
		assertEquals("Anna — former customers · 2026-03-02", driver.rowOf(study.getInterviews().get(0)));
		assertEquals("Import 2 Transcripts", CommandLabels.of(driver.stack().getUndoCommand()));
		assertEquals(study.getInterviews(), driver.view.tree().getStructuredSelection().toList(),
				"the new interviews are selected in the Research view");

		// The same files again: the analyst is asked, and Skip Them imports only what is new.
		Path carl = transcript("carl.txt", "Carl", "prospects", "I never found the size chart.");
		Widgets.ExpectedDialog repeats = Widgets.answerWhenShown(driver.display, ImportTranscriptsJob.REPEATS_TITLE,
				ImportTranscriptsJob.SKIP_REPEATS);
		importThroughTheWizard(List.of(files.get(0), files.get(1), carl));
		Widgets.waitUntil(driver.display, () -> study.getInterviews().size() == 3, 10, "Carl's interview");
		repeats.assertHandled();
		assertEquals(List.of("Anna", "Ben", "Carl"), study.getInterviews().stream().map(Interview::getTitle).toList());

		driver.stack().undo();
		driver.stack().undo();
		assertTrue(study.getInterviews().isEmpty(), "one undo takes each import back");
	}

	@Test
	void aBadFileIsNamedAndNothingIsImported() throws Exception {
		Path good = transcript("anna.txt", "Anna", "former customers", "The delivery fee was too high.");
		Path empty = Files.writeString(folder.resolve("blank.txt"), "   \n");
		List<String> message = new ArrayList<>();
		Widgets.ExpectedDialog refusal = Widgets.whenShown(driver.display, ImportTranscriptsJob.REFUSED_TITLE,
				shell -> {
					Widgets.all(shell, Label.class).forEach(label -> message.add(label.getText()));
					shell.close();
				});
		importThroughTheWizard(List.of(good, empty));
		Widgets.waitUntil(driver.display, () -> !message.isEmpty(), 10, "the refusal");
		refusal.assertHandled();
		assertTrue(String.join("\n", message).contains("blank.txt"), "the message names the bad file: " + message);
		assertTrue(study.getInterviews().isEmpty(), "nothing was imported, not even the good file");
		assertEquals(1, driver.map().getStudies().size());
	}

	@Test
	void analysingTheStudyProposesInsightsToAcceptOrReject() throws Exception {
		List<Path> files = List.of(
				transcript("anna.txt", "Anna", "former customers",
						"The delivery fee was far too high for such a small parcel. I was afraid the size would not fit."),
				transcript("ben.txt", "Ben", "current customers",
						"Again the delivery fee surprised me at checkout. I was afraid to type my card number."),
				transcript("olga.txt", "Olga", "interested non-buyers", "The towels looked soft and the colours nice."));
		driver.view.tree().setSelection(new StructuredSelection(study));
		importThroughTheWizard(files);
		driver.view.tree().setSelection(new StructuredSelection(study));
		driver.focusTree();

		List<String> rows = new ArrayList<>();
		List<ProposedInsight> left = new ArrayList<>();
		Widgets.ExpectedDialog proposals = Widgets.whenShown(driver.display, ProposedInsightsDialog.TITLE, shell -> {
			ProposedInsightsDialog dialog = (ProposedInsightsDialog) shell.getData();
			for (TableItem item : dialog.table().getTable().getItems()) {
				rows.add(item.getText(0) + " | " + item.getText(1) + " | " + item.getText(2) + " | "
						+ item.getText(3) + " | " + item.getText(4));
			}
			try {
				Screenshots.capture(shell, "proposed-insights.png");
			} catch (java.io.IOException e) {
				throw new AssertionError(e);
			}
			select(dialog, "delivery fee");
			Widgets.press(shell, "Accept");
			ProposedInsight other = dialog.proposals().get(0);
			select(dialog, other.phrase());
			Widgets.press(shell, "Reject");
			left.addAll(dialog.proposals());
			Widgets.press(shell, "Close");
		});
		driver.chooseFromContextMenu("Analyse Interviews...");
		proposals.assertHandled();

		assertTrue(rows.contains("repeated wording | “delivery fee” | 2 | 2: Anna, Ben | 2"), rows.toString());
		Insight insight = driver.map().getInsights().get(0);
		assertEquals(InsightKind.REPEATED_WORDING, insight.getKind());
		assertEquals(study.getInterviews().subList(0, 2), insight.getSupportedBy());
		assertEquals(2, insight.getQuotes().size(), "a quote per sentence");
		assertEquals(1, study.getDismissedPatterns().size(), "the rejected pattern is remembered");
		assertEquals(rows.size() - 2, left.size());
		driver.drain();
		assertEquals(insight, driver.selected(), "the accepted insight is selected in the view");
	}

	private static void select(ProposedInsightsDialog dialog, String phrase) {
		ProposedInsight proposal = dialog.proposals().stream().filter(p -> p.phrase().equals(phrase)).findFirst()
				.orElseThrow(() -> new AssertionError("no proposal " + phrase + " in " + dialog.proposals()));
		dialog.table().setSelection(new StructuredSelection(proposal), true);
	}

	/** Runs File > Import with the transcript wizard, as the menu does, adds the files and presses Finish. */
	private void importThroughTheWizard(List<Path> files) throws Exception {
		Widgets.ExpectedDialog wizard = Widgets.whenShown(driver.display, "Import Interview Transcripts", shell -> {
			WizardDialog dialog = (WizardDialog) shell.getData();
			((ImportTranscriptsWizard) dialog.getCurrentPage().getWizard()).addFiles(files);
			Widgets.press(shell, "Finish");
		});
		Command importCommand = PlatformUI.getWorkbench().getService(ICommandService.class)
				.getCommand("org.eclipse.ui.file.import");
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(
				ParameterizedCommand.generateCommand(importCommand, Map.of("importWizardId", WIZARD_ID)), null);
		wizard.assertHandled();
		Widgets.waitUntil(driver.display, () -> Job.getJobManager().find(ImportTranscriptsJob.FAMILY).length == 0,
				20, "the import job");
		driver.drain();
	}

	private Path transcript(String file, String respondent, String group, String words) throws Exception {
		String text = "Respondent: " + respondent + "\nGroup: " + group + "\nDate: 2026-03-02\n\n"
				+ "Interviewer: How was your last order?\n" + respondent + ": " + words + "\n";
		return Files.writeString(folder.resolve(file), text, StandardCharsets.UTF_8);
	}
}
