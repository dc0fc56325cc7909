package org.cjmstudio.app.welcome;

import java.io.IOException;
import java.util.Map;

import org.cjmstudio.app.startup.SampleProject;
import org.cjmstudio.samples.SampleMap;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.forms.widgets.TableWrapData;
import org.eclipse.ui.forms.widgets.TableWrapLayout;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.EditorPart;

/**
 * The Welcome page a new user sees on first start (and again with Help &gt; Welcome): open one of the sample maps,
 * draw a new map, or read the user guide. A form in the editor area, like the workbench's other pages.
 */
public final class WelcomeEditor extends EditorPart {

	public static final String ID = "org.cjmstudio.app.welcome";
	static final String NEW_JOURNEY_MAP = "org.cjmstudio.app.newJourneyMap";

	private FormToolkit toolkit;
	private ScrolledForm form;

	@Override
	public void init(IEditorSite site, IEditorInput input) {
		setSite(site);
		setInput(input);
		setPartName("Welcome");
	}

	@Override
	public void createPartControl(Composite parent) {
		toolkit = new FormToolkit(parent.getDisplay());
		form = toolkit.createScrolledForm(parent);
		form.setText("Welcome to CJM Studio");
		TableWrapLayout layout = new TableWrapLayout();
		layout.numColumns = 1;
		layout.leftMargin = 24;
		layout.rightMargin = 24;
		form.getBody().setLayout(layout);
		toolkit.createLabel(form.getBody(), "Draw customer journey maps with your team: personas, stages, touchpoints,"
				+ " emotions and barriers, each resting on evidence from research.", SWT.WRAP);

		Composite samples = section("Start with a sample map", "Open a finished map to see what CJM Studio does. "
				+ "It is a copy in the Samples project: change it freely.");
		for (SampleMap sample : SampleMap.values()) {
			link(samples, sample.description(), () -> openSample(sample));
		}
		Composite own = section("Draw your own", "A new map starts from the six standard stages (B2C or B2B with a"
				+ " buying committee) or blank.");
		link(own, "Create a new journey map...", this::newMap);
		Composite learn = section("Learn", "How maps, curves, evidence and exports work.");
		link(learn, "Read the user guide", () -> UserGuide.open(getSite().getShell()));
	}

	private Composite section(String title, String description) {
		Section section = toolkit.createSection(form.getBody(), Section.TITLE_BAR | Section.DESCRIPTION);
		section.setText(title);
		section.setDescription(description);
		section.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
		Composite links = toolkit.createComposite(section);
		links.setLayout(new org.eclipse.swt.layout.GridLayout(1, false));
		section.setClient(links);
		return links;
	}

	private void link(Composite parent, String text, Runnable action) {
		Hyperlink link = toolkit.createHyperlink(parent, text, SWT.WRAP);
		link.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		link.addHyperlinkListener(new org.eclipse.ui.forms.events.HyperlinkAdapter() {
			@Override
			public void linkActivated(org.eclipse.ui.forms.events.HyperlinkEvent event) {
				action.run();
			}
		});
	}

	private void openSample(SampleMap sample) {
		try {
			IDE.openEditor(getSite().getPage(), SampleProject.install(ResourcesPlugin.getWorkspace().getRoot(),
					sample, null), true);
		} catch (CoreException | IOException e) {
			ILog.of(getClass()).error("Could not open the sample map " + sample.fileName(), e);
			MessageDialog.openError(getSite().getShell(), "Could not open the sample map", e.getMessage());
		}
	}

	/** File &gt; New &gt; Journey Map, through the workbench's New wizard command. */
	private void newMap() {
		ICommandService commands = getSite().getService(ICommandService.class);
		ParameterizedCommand command = ParameterizedCommand.generateCommand(
				commands.getCommand(IWorkbenchCommandConstants.FILE_NEW),
				Map.of(IWorkbenchCommandConstants.FILE_NEW_PARM_WIZARDID, NEW_JOURNEY_MAP));
		try {
			getSite().getService(IHandlerService.class).executeCommand(command, null);
		} catch (ExecutionException | NotDefinedException | NotEnabledException | NotHandledException e) {
			ILog.of(getClass()).error("Could not start the New Journey Map wizard", e);
		}
	}

	@Override
	public void setFocus() {
		form.setFocus();
	}

	@Override
	public void dispose() {
		if (toolkit != null) {
			toolkit.dispose();
		}
		super.dispose();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// nothing to save on a welcome page
	}

	@Override
	public void doSaveAs() {
		// nothing to save on a welcome page
	}

	@Override
	public boolean isDirty() {
		return false;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}
}
