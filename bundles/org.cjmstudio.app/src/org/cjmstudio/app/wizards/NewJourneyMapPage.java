package org.cjmstudio.app.wizards;

import java.util.List;

import org.cjmstudio.model.templates.InstalledTemplate;
import org.cjmstudio.model.templates.InstalledTemplates;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Path;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.dialogs.ContainerSelectionDialog;

/**
 * Asks where the new map goes (the selected project, or the project of the map being edited, with Browse... to
 * choose), what it is called, what it starts from (the installed templates: six standard stages for B2C, the same with
 * a buying committee for B2B, every plugin's, blank) and who its first persona is.
 */
final class NewJourneyMapPage extends WizardPage {

	private final IStructuredSelection selection;
	private final IWorkbench workbench;
	private Text folder;
	private Text fileName;
	private Text title;
	private Text persona;
	private final List<InstalledTemplate> templates = InstalledTemplates.installed();
	private Button[] templateChoices;

	NewJourneyMapPage(IWorkbench workbench, IStructuredSelection selection) {
		super("newJourneyMap");
		this.workbench = workbench;
		this.selection = selection;
		setTitle("New Journey Map");
		setDescription("Create a customer journey map from the standard stages (B2C or B2B) or blank.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(3, false));
		folder = field(page, "&Folder:", initialFolder(), 1);
		Button browse = new Button(page, SWT.PUSH);
		browse.setText("B&rowse...");
		browse.addListener(SWT.Selection, event -> browse());
		fileName = field(page, "File &name:", "journey.cjm", 2);
		title = field(page, "Map &title:", "Customer journey", 2);
		new Label(page, SWT.NONE).setText("Start from:");
		Composite choices = new Composite(page, SWT.NONE);
		choices.setLayout(new GridLayout(1, false));
		choices.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		templateChoices = new Button[templates.size()];
		for (int i = 0; i < templates.size(); i++) {
			Button choice = new Button(choices, SWT.RADIO);
			choice.setText(templates.get(i).label());
			choice.setToolTipText("From " + templates.get(i).plugin());
			choice.setSelection(i == 0);
			templateChoices[i] = choice;
		}
		persona = field(page, "First &persona:", "", 2);
		persona.setMessage("e.g. Lena, the careful weekend hiker (optional)");
		setControl(page);
		validate();
	}

	private Text field(Composite page, String label, String value, int span) {
		new Label(page, SWT.NONE).setText(label);
		Text text = new Text(page, SWT.BORDER);
		text.setText(value);
		GridData layout = new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1);
		layout.widthHint = 360;
		text.setLayoutData(layout);
		text.addModifyListener(event -> validate());
		return text;
	}

	private void browse() {
		ContainerSelectionDialog dialog = new ContainerSelectionDialog(getShell(),
				ResourcesPlugin.getWorkspace().getRoot().findMember(new Path(folder.getText().strip())) instanceof
						IContainer container ? container : null,
				false, "Choose the project or folder the map goes in:");
		dialog.setTitle("Folder of the New Map");
		if (dialog.open() == Window.OK && dialog.getResult().length > 0) {
			folder.setText(((IPath) dialog.getResult()[0]).toString());
		}
	}

	/** The selected project or folder; else the folder of the map being edited; else the first open project. */
	private String initialFolder() {
		Object first = selection == null ? null : selection.getFirstElement();
		if (first instanceof IResource resource) {
			IContainer container = resource instanceof IContainer c ? c : resource.getParent();
			return container.getFullPath().toString();
		}
		IEditorPart editor = workbench.getActiveWorkbenchWindow() == null ? null
				: workbench.getActiveWorkbenchWindow().getActivePage().getActiveEditor();
		if (editor != null && editor.getEditorInput() instanceof IFileEditorInput input) {
			return input.getFile().getParent().getFullPath().toString();
		}
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			if (project.isOpen()) {
				return project.getFullPath().toString();
			}
		}
		return "";
	}

	private void validate() {
		setErrorMessage(problem());
		setPageComplete(getErrorMessage() == null);
	}

	private String problem() {
		if (folder == null || fileName == null) {
			return null;
		}
		String folderPath = folder.getText().strip();
		if (folderPath.isEmpty()) {
			return "Choose the project or folder the map goes in, e.g. /Samples.";
		}
		IResource container = ResourcesPlugin.getWorkspace().getRoot().findMember(new Path(folderPath));
		if (!(container instanceof IContainer) || !container.isAccessible()) {
			return "There is no open project or folder '" + folderPath + "' in the workspace.";
		}
		String name = fileName.getText().strip();
		if (!name.endsWith(".cjm") || name.length() <= 4) {
			return "The file name must end with .cjm.";
		}
		if (((IContainer) container).getFile(new Path(name)).exists()) {
			return "'" + name + "' already exists there: choose another name (nothing is ever overwritten).";
		}
		return null;
	}

	String folder() {
		return folder.getText().strip();
	}

	String fileName() {
		return fileName.getText().strip();
	}

	String mapTitle() {
		return title.getText().strip();
	}

	String firstPersona() {
		return persona.getText().strip();
	}

	/** The chosen template failed and is switched off: grey its choice out and choose the first that is left. */
	void templateFailed() {
		for (Button choice : templateChoices) {
			if (choice.getSelection()) {
				choice.setSelection(false);
				choice.setEnabled(false);
				choice.setToolTipText("Switched off until CJM Studio restarts: it failed to create a map");
			}
		}
		for (Button choice : templateChoices) {
			if (choice.isEnabled()) {
				choice.setSelection(true);
				return;
			}
		}
	}

	/** The chosen template; the first (the standard B2C stages) unless the user chose another. */
	InstalledTemplate template() {
		for (int i = 0; i < templates.size(); i++) {
			if (templateChoices[i].getSelection()) {
				return templates.get(i);
			}
		}
		return templates.get(0);
	}
}
