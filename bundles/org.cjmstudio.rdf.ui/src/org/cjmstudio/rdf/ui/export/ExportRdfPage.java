package org.cjmstudio.rdf.ui.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.cjmstudio.model.formats.ExportFormat;
import org.cjmstudio.model.formats.Formats;
import org.cjmstudio.model.persistence.MapFiles;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/** Which maps, which of the installed export formats (in their defined order, Turtle first), which file. */
final class ExportRdfPage extends WizardPage {

	private final IStructuredSelection selection;
	private final List<ExportFormat> formats = Formats.exporters().all();
	private CheckboxTableViewer mapList;
	private Combo formatCombo;
	private Text targetText;

	ExportRdfPage(IStructuredSelection selection) {
		super("exportRdf");
		this.selection = selection;
		setTitle("Export journey maps");
		setDescription("Publish maps as linked data with the CJM Studio ontology, as pictures, or in a plugin's format.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(3, false));

		new Label(page, SWT.NONE).setText("Maps:");
		mapList = CheckboxTableViewer.newCheckList(page, SWT.BORDER | SWT.V_SCROLL);
		mapList.setContentProvider(ArrayContentProvider.getInstance());
		mapList.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((IFile) element).getFullPath().toString();
			}
		});
		List<IFile> files = workspaceMaps();
		mapList.setInput(files);
		mapList.setCheckedElements(preselected(files).toArray());
		GridData listLayout = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
		listLayout.heightHint = 160;
		mapList.getControl().setLayoutData(listLayout);
		mapList.addCheckStateListener(event -> validate());

		new Label(page, SWT.NONE).setText("Format:");
		formatCombo = new Combo(page, SWT.READ_ONLY);
		formatCombo.setItems(formats.stream().map(ExportFormat::label).toArray(String[]::new));
		formatCombo.select(0);
		formatCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		formatCombo.addListener(SWT.Selection, event -> {
			matchExtensionToFormat();
			validate();
		});

		new Label(page, SWT.NONE).setText("To file:");
		targetText = new Text(page, SWT.BORDER);
		targetText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		targetText.addListener(SWT.Modify, event -> validate());
		Button browse = new Button(page, SWT.PUSH);
		browse.setText("Browse...");
		browse.addListener(SWT.Selection, event -> browse());

		setControl(page);
		validate();
	}

	private static List<IFile> workspaceMaps() {
		List<IFile> files = new ArrayList<>();
		try {
			ResourcesPlugin.getWorkspace().getRoot().accept(resource -> {
				if (resource instanceof IFile file && MapFiles.FILE_EXTENSION.equals(file.getFileExtension())) {
					files.add(file);
				}
				return true;
			});
		} catch (CoreException e) {
			// an unreadable project only hides its maps from the list; the others can still be exported
		}
		return files;
	}

	/** The map open in the active editor, the selected map files, and every map inside a selected folder or project. */
	private List<IFile> preselected(List<IFile> files) {
		List<IFile> checked = new ArrayList<>();
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IEditorPart editor = window == null || window.getActivePage() == null ? null
				: window.getActivePage().getActiveEditor();
		if (editor != null && editor.getEditorInput() instanceof IFileEditorInput input
				&& files.contains(input.getFile())) {
			checked.add(input.getFile());
		}
		for (Object element : selection.toList()) {
			IResource resource = Adapters.adapt(element, IResource.class);
			for (IFile file : files) {
				if (!checked.contains(file) && (file.equals(resource) || resource instanceof IContainer container
						&& container.getFullPath().isPrefixOf(file.getFullPath()))) {
					checked.add(file);
				}
			}
		}
		return checked;
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
		dialog.setText("Export journey maps");
		dialog.setFilterExtensions(new String[] { "*." + extension(), "*.*" });
		dialog.setFileName("journey-maps." + extension());
		// the wizard asks itself, with the file named, before replacing an existing file
		dialog.setOverwrite(false);
		String chosen = dialog.open();
		if (chosen != null) {
			targetText.setText(chosen);
		}
	}

	private void matchExtensionToFormat() {
		String target = targetText.getText();
		int dot = target.lastIndexOf('.');
		if (dot > target.lastIndexOf('/') && dot > 0) {
			targetText.setText(target.substring(0, dot + 1) + extension());
		}
	}

	private void validate() {
		String problem = null;
		if (formats.isEmpty()) {
			problem = "No export format is installed.";
		} else if (mapList.getCheckedElements().length == 0) {
			problem = "Tick at least one map to export.";
		} else if (format().oneMapOnly() && mapList.getCheckedElements().length > 1) {
			problem = "A " + format().name() + " shows one map: tick only one.";
		} else if (targetText.getText().isBlank()) {
			problem = "Choose the file to write.";
		}
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	List<Path> mapFiles() {
		return Arrays.stream(mapList.getCheckedElements())
				.map(element -> ((IFile) element).getLocation().toFile().toPath())
				.toList();
	}

	ExportFormat format() {
		return formats.get(Math.max(0, formatCombo.getSelectionIndex()));
	}

	private String extension() {
		return format().extensions().get(0);
	}

	Path target() {
		return Path.of(targetText.getText().trim()).toAbsolutePath();
	}
}
