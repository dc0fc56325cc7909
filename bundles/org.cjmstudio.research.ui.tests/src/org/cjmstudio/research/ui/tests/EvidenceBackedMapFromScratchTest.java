package org.cjmstudio.research.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cjmstudio.diagram.editor.JourneyMapEditor;
import org.cjmstudio.diagram.layout.Lane;
import org.cjmstudio.edit.ui.properties.ItemProviderPropertySourceProvider;
import org.cjmstudio.model.Barrier;
import org.cjmstudio.model.Emotion;
import org.cjmstudio.model.Insight;
import org.cjmstudio.model.Interview;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Metric;
import org.cjmstudio.model.Opportunity;
import org.cjmstudio.model.Persona;
import org.cjmstudio.model.Quote;
import org.cjmstudio.model.ResearchStudy;
import org.cjmstudio.model.Stage;
import org.cjmstudio.model.evidence.EvidenceLevels;
import org.cjmstudio.model.persistence.MapFiles;
import org.cjmstudio.model.validation.MapValidation;
import org.cjmstudio.research.patterns.ProposedInsight;
import org.cjmstudio.research.ui.analysis.ProposedInsightsDialog;
import org.cjmstudio.research.ui.importing.ImportTranscriptsJob;
import org.cjmstudio.research.ui.importing.ImportTranscriptsWizard;
import org.cjmstudio.research.ui.view.ResearchView;
import org.cjmstudio.testing.Menus;
import org.cjmstudio.testing.Screenshots;
import org.cjmstudio.testing.Widgets;
import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 9's promise, end to end: a CX analyst goes from an empty project to a map whose every barrier and emotion
 * rests on interviews, with UI actions only — the New Journey Map wizard, Edit > Add Persona, the Research view,
 * File > Import > Interview transcripts, Make Quote, Analyse Interviews..., the palette, Link Evidence... and the
 * Properties view — and ends with no problem at all, saved, closed, reopened and equal to what was built.
 */
class EvidenceBackedMapFromScratchTest {

	private static final String PROJECT = "evidence-from-scratch";
	private static final String TRANSCRIPT_QUOTE = "I was afraid the parcel would never arrive";

	private final ResearchDriver research = new ResearchDriver();
	private final IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
	private final IWorkbenchPage page = window.getActivePage();

	@AfterEach
	void closeEverything() {
		page.closeAllEditors(false);
	}

	@Test
	void anAnalystBuildsAnEvidenceBackedMapFromNothing() throws Exception {
		IProject project = emptyProject();

		// 1. File > New > Journey Map: six standard stages and a first persona.
		newMapThroughTheWizard(project);
		IFile file = project.getFile("delivery.cjm");
		JourneyMapEditor editor = (JourneyMapEditor) IDE.openEditor(page, file, JourneyMapEditor.ID, true);
		JourneyMap map = editor.getMap();
		MapCanvas canvas = new MapCanvas(editor);

		// 2. A second persona from Edit > Add Persona (it opens in the persona editor; back to the map).
		Menu edit = Menus.ofMenuBar(window.getShell(), "Edit");
		Menus.choose(Menus.item(edit, "Add Persona"));
		Menus.hide(edit);
		page.activate(editor);
		assertEquals(2, map.getPersonas().size());

		// 3. A study in the Research view, 10 transcripts imported into it.
		research.editor = editor;
		research.view = (ResearchView) page.showView(ResearchView.ID);
		research.drain();
		research.clickToolbar("New Study");
		research.typeName("Why parcels disappoint");
		ResearchStudy study = map.getStudies().get(0);
		assertEquals("Why parcels disappoint", study.getTitle());
		research.view.tree().setSelection(new StructuredSelection(study));
		importThroughTheWizard(transcripts());
		assertEquals(10, study.getInterviews().size());

		// 4. A quote made from transcript text.
		Interview first = study.getInterviews().get(0);
		research.view.tree().setSelection(new StructuredSelection(first), true);
		research.drain();
		StyledText transcript = research.view.transcript().text();
		int start = first.getTranscript().indexOf(TRANSCRIPT_QUOTE);
		transcript.setFocus();
		transcript.setSelection(start, start + TRANSCRIPT_QUOTE.length());
		transcript.notifyListeners(SWT.MouseUp, new org.eclipse.swt.widgets.Event());
		Widgets.click(Widgets.button(research.view.transcript().control().getParent(), "Make Quote"));
		research.drain();
		Quote quote = first.getQuotes().get(0);
		assertEquals(TRANSCRIPT_QUOTE, first.getTranscript().substring(quote.getTranscriptOffset(),
				quote.getTranscriptOffset() + quote.getTranscriptLength()));

		// 5. Analyse Interviews...: the repeated "delivery fee" accepted as an insight.
		research.view.tree().setSelection(new StructuredSelection(study));
		research.focusTree();
		Widgets.ExpectedDialog proposals = Widgets.whenShown(research.display, ProposedInsightsDialog.TITLE, shell -> {
			ProposedInsightsDialog dialog = (ProposedInsightsDialog) shell.getData();
			ProposedInsight fee = dialog.proposals().stream().filter(p -> p.phrase().contains("delivery fee"))
					.findFirst().orElseThrow(() -> new AssertionError("no 'delivery fee' in " + dialog.proposals()));
			dialog.table().setSelection(new StructuredSelection(fee), true);
			Widgets.press(shell, "Accept");
			Widgets.press(shell, "Close");
		});
		research.chooseFromContextMenu("Analyse Interviews...");
		proposals.assertHandled();
		Insight insight = map.getInsights().get(0);
		assertTrue(insight.getSupportedBy().size() >= 2, "an insight rests on several respondents");

		// 6. Cards from the palette: a touchpoint in every stage, a barrier and an emotion in Purchase.
		page.activate(editor);
		for (Stage stage : map.getStages()) {
			canvas.drop("Touchpoint", stage, Lane.TOUCHPOINTS);
		}
		Stage purchase = map.getStages().get(3);
		Barrier barrier = (Barrier) canvas.drop("Barrier", purchase, Lane.BARRIERS);
		Emotion emotion = (Emotion) canvas.dropEmotion(purchase, -2);

		// 7. Link Evidence...: the barrier on the insight, the emotion on the quote, the personas on the study.
		canvas.linkEvidence(barrier, "Repeated wording");
		canvas.linkEvidence(emotion, "\u201c" + TRANSCRIPT_QUOTE.substring(0, 20));
		for (Persona persona : map.getPersonas()) {
			canvas.linkEvidence(persona, study.getTitle());
		}

		// 8. An opportunity that addresses the barrier, measured by a metric (set in the Properties view's rows).
		Opportunity opportunity = (Opportunity) canvas.drop("Opportunity", purchase, Lane.OPPORTUNITIES);
		Metric metric = (Metric) canvas.drop("Metric", purchase, Lane.METRICS);
		IPropertySource properties = new ItemProviderPropertySourceProvider(
				editor.getEditingDomain().getAdapterFactory()).getPropertySource(opportunity);
		properties.setPropertyValue(row(properties, "Addresses").getId(), List.of(barrier));
		properties.setPropertyValue(row(properties, "Metrics").getId(), List.of(metric));
		canvas.settle();

		// Zero problems: none from validation, no marker in the Problems view.
		List<String> problems = MapValidation.standard().validate(map).getChildren().stream()
				.map(Diagnostic::getMessage).toList();
		assertEquals(List.of(), problems);
		Widgets.waitUntil(research.display, () -> markers(file) == 0, 10, "the Problems view to empty");
		assertTrue(List.of(barrier, emotion).stream().allMatch(card -> EvidenceLevels.basisOf(card).interviews()
				.size() >= 1), "every barrier and emotion rests on interviews");
		Screenshots.capture(window.getShell(), "evidence-backed-map.png");

		// 9. Saved, closed, reopened: equal to what was built.
		JourneyMap built = EcoreUtil.copy(map);
		editor.doSave(new NullProgressMonitor());
		assertTrue(!editor.isDirty());
		page.closeEditor(editor, false);
		JourneyMap reopened = MapFiles.load(Path.of(file.getLocationURI()));
		assertTrue(new EcoreUtil.EqualityHelper().equals(built, reopened), "the reopened map equals the built one");
		assertEquals(List.of(), MapValidation.standard().validate(reopened).getChildren().stream()
				.map(Diagnostic::getMessage).toList());
	}

	private static IProject emptyProject() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
		if (project.exists()) {
			project.delete(true, null);
		}
		project.create(null);
		project.open(null);
		return project;
	}

	private void newMapThroughTheWizard(IProject project) throws Exception {
		CommonNavigator explorer = (CommonNavigator) page.showView(IPageLayout.ID_PROJECT_EXPLORER);
		explorer.getCommonViewer().refresh();
		explorer.getCommonViewer().setSelection(new StructuredSelection(project), true);
		page.activate(explorer);
		Widgets.ExpectedDialog wizard = Widgets.whenShown(window.getShell().getDisplay(), "New Journey Map", shell -> {
			List<Text> fields = Widgets.inputFields(shell);
			fields.get(1).setText("delivery.cjm");
			fields.get(2).setText("Ordering home goods online");
			fields.get(3).setText("Mira, busy parent");
			Widgets.all(shell, Button.class).stream().filter(button -> (button.getStyle() & SWT.RADIO) != 0)
					.forEach(button -> button.setSelection(button.getText().startsWith("Six standard stages")
							&& !button.getText().contains("buying committee")));
			Widgets.press(shell, "Finish");
		});
		Menu fileMenu = Menus.ofMenuBar(window.getShell(), "File");
		Menu newMenu = Menus.shown(Menus.item(fileMenu, "New").getMenu());
		Menus.choose(Menus.item(newMenu, "Journey Map"));
		Menus.hide(newMenu);
		Menus.hide(fileMenu);
		wizard.assertHandled();
		project.getFile("delivery.cjm").refreshLocal(IResource.DEPTH_ZERO, null);
		assertTrue(project.getFile("delivery.cjm").exists(), "the wizard wrote the map");
	}

	/** File > Import > Interview transcripts with these files, Finish, and the import job done. */
	private void importThroughTheWizard(List<Path> files) throws Exception {
		Widgets.ExpectedDialog wizard = Widgets.whenShown(research.display, "Import Interview Transcripts", shell -> {
			WizardDialog dialog = (WizardDialog) shell.getData();
			((ImportTranscriptsWizard) dialog.getCurrentPage().getWizard()).addFiles(files);
			Widgets.press(shell, "Finish");
		});
		Command importCommand = PlatformUI.getWorkbench().getService(ICommandService.class)
				.getCommand("org.eclipse.ui.file.import");
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(ParameterizedCommand
				.generateCommand(importCommand, Map.of("importWizardId", "org.cjmstudio.research.ui.importTranscripts")),
				null);
		wizard.assertHandled();
		Widgets.waitUntil(research.display, () -> Job.getJobManager().find(ImportTranscriptsJob.FAMILY).length == 0,
				30, "the import job");
		research.drain();
	}

	/** Ten interviews with current, former and lost customers; most mention the delivery fee. */
	private static List<Path> transcripts() throws Exception {
		Path folder = Files.createTempDirectory("delivery-transcripts");
		String[][] respondents = { { "Anna", "former customers" }, { "Ben", "current customers" },
				{ "Chloe", "interested non-buyers" }, { "Dev", "current customers" }, { "Eva", "former customers" },
				{ "Farid", "prospects" }, { "Greta", "current customers" }, { "Hugo", "former customers" },
				{ "Ines", "interested non-buyers" }, { "Jon", "current customers" } };
		List<Path> files = new ArrayList<>();
		for (int i = 0; i < respondents.length; i++) {
			String name = respondents[i][0];
			String words = i == 0 ? TRANSCRIPT_QUOTE + ". The delivery fee was far too high for a small parcel."
					: i % 3 == 0 ? "The towels were soft and the colours nice; I ordered twice."
							: "The delivery fee surprised me at checkout, so I left the cart.";
			String text = "Respondent: " + name + "\nGroup: " + respondents[i][1] + "\nDate: 2026-03-0" + (i % 9 + 1)
					+ "\n\nInterviewer: How was your last order?\n" + name + ": " + words + "\n";
			files.add(Files.writeString(folder.resolve(name.toLowerCase() + ".txt"), text, StandardCharsets.UTF_8));
		}
		return files;
	}

	private static IPropertyDescriptor row(IPropertySource source, String name) {
		for (IPropertyDescriptor descriptor : source.getPropertyDescriptors()) {
			if (descriptor.getDisplayName().equals(name)) {
				return descriptor;
			}
		}
		throw new AssertionError("no row " + name);
	}

	private static int markers(IFile file) {
		try {
			return file.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO).length;
		} catch (org.eclipse.core.runtime.CoreException e) {
			throw new AssertionError(e);
		}
	}
}
