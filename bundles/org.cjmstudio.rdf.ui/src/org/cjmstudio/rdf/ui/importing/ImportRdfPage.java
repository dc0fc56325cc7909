package org.cjmstudio.rdf.ui.importing;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.cjmstudio.model.formats.Formats;
import org.cjmstudio.model.formats.ImportFormat;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.viewers.IStructuredSelection;
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
import org.eclipse.ui.dialogs.ContainerSelectionDialog;

/**
 * Which file, in which of the installed import formats (told by the file's ending unless the user picks one: a CJML
 * file named *.xml or a UJG file named *.jsonld ends like RDF), into which workspace folder.
 */
final class ImportRdfPage extends WizardPage {

	private final IStructuredSelection selection;
	private final Formats<ImportFormat> formats = Formats.importers();
	private Text sourceText;
	private Combo formatCombo;
	private List<ImportFormat> choices = List.of();
	private Text folderText;

	/** The format combo's first choice: the format whose extension the file's name ends with. */
	static final String BY_ENDING = "By the file's ending";

	ImportRdfPage(IStructuredSelection selection) {
		super("importRdf");
		this.selection = selection;
		setTitle("Import journey maps");
		setDescription("Read maps published as linked data with the CJM Studio ontology, in an open journey format "
				+ "(CJML, UJG, cards CSV) or in a plugin's format; each becomes a .cjm file.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(3, false));

		new Label(page, SWT.NONE).setText("From file:");
		sourceText = new Text(page, SWT.BORDER);
		sourceText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		sourceText.addListener(SWT.Modify, event -> validate());
		Button browseFile = new Button(page, SWT.PUSH);
		browseFile.setText("Browse...");
		browseFile.addListener(SWT.Selection, event -> browseFile());

		new Label(page, SWT.NONE).setText("Format:");
		formatCombo = new Combo(page, SWT.READ_ONLY);
		formatCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		formatCombo.add(BY_ENDING);
		choices = formats.all(); // kept: the list the combo shows, even if a format is switched off meanwhile
		choices.forEach(format -> formatCombo.add(format.label()));
		formatCombo.select(0);
		formatCombo.addListener(SWT.Selection, event -> validate());

		new Label(page, SWT.NONE).setText("Into folder:");
		folderText = new Text(page, SWT.BORDER);
		folderText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		folderText.setText(selectedFolder().map(folder -> folder.getFullPath().toString()).orElse(""));
		folderText.addListener(SWT.Modify, event -> validate());
		Button browseFolder = new Button(page, SWT.PUSH);
		browseFolder.setText("Browse...");
		browseFolder.addListener(SWT.Selection, event -> browseFolder());

		Label note = new Label(page, SWT.WRAP);
		note.setText("Every map in the file gets its own file, named after its title. Existing files are never replaced.");
		GridData noteLayout = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
		noteLayout.widthHint = 400;
		note.setLayoutData(noteLayout);

		setControl(page);
		validate();
	}

	private Optional<IContainer> selectedFolder() {
		for (Object element : selection.toList()) {
			IResource resource = Adapters.adapt(element, IResource.class);
			if (resource instanceof IContainer container && container.getType() != IResource.ROOT) {
				return Optional.of(container);
			}
			if (resource instanceof IFile file) {
				return Optional.of(file.getParent());
			}
		}
		return Optional.empty();
	}

	private void browseFile() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setText("Import journey maps");
		String mapFiles = String.join(";", formats.extensions().stream().map(extension -> "*." + extension).toList());
		dialog.setFilterExtensions(new String[] { mapFiles, "*.*" });
		String chosen = dialog.open();
		if (chosen != null) {
			sourceText.setText(chosen);
		}
	}

	private void browseFolder() {
		ContainerSelectionDialog dialog = new ContainerSelectionDialog(getShell(), folder().orElse(null), false,
				"Choose the folder for the imported maps:");
		if (dialog.open() == ContainerSelectionDialog.OK && dialog.getResult().length > 0) {
			folderText.setText(((IPath) dialog.getResult()[0]).toString());
		}
	}

	private void validate() {
		String problem = null;
		Optional<Path> source = source();
		if (sourceText.getText().isBlank()) {
			problem = "Choose the file to import.";
		} else if (source.isEmpty()) {
			problem = "'" + sourceText.getText().trim() + "' is not a file name.";
		} else if (!Files.isRegularFile(source.get())) {
			problem = source.get() + " does not exist.";
		} else if (format().isEmpty()) {
			problem = "The file does not end like a file CJM Studio imports (" + String.join(", ", formats.extensions())
					+ "): choose its format.";
		} else if (folder().isEmpty()) {
			problem = "Choose an existing workspace folder or project on this computer's disk.";
		}
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	Optional<Path> source() {
		try {
			return Optional.of(Path.of(sourceText.getText().trim()).toAbsolutePath());
		} catch (InvalidPathException notAPath) {
			return Optional.empty();
		}
	}

	Optional<ImportFormat> format() {
		int chosen = formatCombo.getSelectionIndex();
		return chosen > 0 ? Optional.of(choices.get(chosen - 1)) : source().flatMap(formats::forFile);
	}

	/** The chosen folder, if it exists in the workspace and lives on the local disk (maps are written there). */
	Optional<IContainer> folder() {
		String text = folderText.getText().trim();
		if (text.isEmpty()) {
			return Optional.empty();
		}
		IResource member = ResourcesPlugin.getWorkspace().getRoot().findMember(IPath.fromOSString(text));
		return member instanceof IContainer container && container.getType() != IResource.ROOT
				&& container.isAccessible() && container.getLocation() != null
						? Optional.of(container)
						: Optional.empty();
	}
}
