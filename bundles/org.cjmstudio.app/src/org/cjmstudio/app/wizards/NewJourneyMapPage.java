package org.cjmstudio.app.wizards;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Path;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** Asks where the new map goes, what it is called, and whether it starts from the standard six stages. */
final class NewJourneyMapPage extends WizardPage {

	private final IStructuredSelection selection;
	private Text folder;
	private Text fileName;
	private Text title;
	private Button standardTemplate;

	NewJourneyMapPage(IStructuredSelection selection) {
		super("newJourneyMap");
		this.selection = selection;
		setTitle("New Journey Map");
		setDescription("Create a customer journey map, from the standard six stages or empty.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(2, false));
		folder = field(page, "&Folder:", initialFolder());
		fileName = field(page, "File &name:", "journey.cjm");
		title = field(page, "Map &title:", "Customer journey");
		new Label(page, SWT.NONE).setText("Start from:");
		Composite templates = new Composite(page, SWT.NONE);
		templates.setLayout(new GridLayout(1, false));
		standardTemplate = new Button(templates, SWT.RADIO);
		standardTemplate.setText("The &standard stages: need, information search, choosing alternatives, purchase, "
				+ "usage, loyalty or churn");
		standardTemplate.setSelection(true);
		new Button(templates, SWT.RADIO).setText("An &empty map");
		setControl(page);
		validate();
	}

	private Text field(Composite page, String label, String value) {
		new Label(page, SWT.NONE).setText(label);
		Text text = new Text(page, SWT.BORDER);
		text.setText(value);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		text.addModifyListener(event -> validate());
		return text;
	}

	private String initialFolder() {
		Object first = selection == null ? null : selection.getFirstElement();
		if (first instanceof IResource resource) {
			IContainer container = resource instanceof IContainer c ? c : resource.getParent();
			return container.getFullPath().toString();
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

	boolean fromStandardTemplate() {
		return standardTemplate.getSelection();
	}
}
