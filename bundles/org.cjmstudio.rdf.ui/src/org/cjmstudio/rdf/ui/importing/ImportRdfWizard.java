package org.cjmstudio.rdf.ui.importing;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.formats.ImportFormat;
import org.cjmstudio.model.formats.ImportedMaps;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

/**
 * File > Import > CJM Studio > Journey maps, from RDF or any installed plugin's format. Reads the file with a progress bar in the wizard; when the
 * file is not usable, or a map's file exists already, it says so on the page and writes nothing. After the import it
 * lists what could not be imported and opens the first map by title (import returns maps in title order).
 */
public final class ImportRdfWizard extends Wizard implements IImportWizard {

	/** How many problems the closing message lists before it only counts the rest. */
	private static final int PROBLEMS_SHOWN = 15;

	private IWorkbench workbench;
	private IStructuredSelection selection;
	private ImportRdfPage page;

	@Override
	public void init(IWorkbench currentWorkbench, IStructuredSelection currentSelection) {
		this.workbench = currentWorkbench;
		this.selection = currentSelection == null ? StructuredSelection.EMPTY : currentSelection;
		setWindowTitle("Import");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		page = new ImportRdfPage(selection);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		Path source = page.source().orElseThrow();
		ImportFormat format = page.format().orElseThrow();
		IContainer folder = page.folder().orElseThrow();
		ImportedMaps result;
		try {
			// offline: the workbench never fetches what a file names on the web (cjm import --fetch-contexts can)
			result = runWithProgress("Reading " + source.getFileName(), monitor -> format.read(source, false));
		} catch (InvocationTargetException e) {
			page.setErrorMessage("Could not import " + source.getFileName() + ": " + reason(e.getCause())
					+ " Nothing was written.");
			return false;
		}
		List<JourneyMap> maps = result.maps();
		List<IFile> targets = MapsIntoWorkspace.targets(maps, folder);
		List<IFile> existing = MapsIntoWorkspace.existing(targets);
		if (!existing.isEmpty()) {
			page.setErrorMessage(names(existing) + " exist(s) already in " + folder.getFullPath()
					+ ". Choose another folder; nothing was written.");
			return false;
		}
		try {
			runWithProgress("Writing journey maps", monitor -> {
				MapsIntoWorkspace.write(maps, targets, monitor);
				return null;
			});
		} catch (InvocationTargetException e) {
			List<IFile> written = targets.stream().filter(IFile::exists).toList();
			page.setErrorMessage("Could not write the maps into " + folder.getFullPath() + ": " + reason(e.getCause())
					+ (written.isEmpty() ? " Nothing was written." : " Written before that: " + names(written) + "."));
			return false;
		}
		reportLeftOut(result, folder);
		openFirst(targets);
		return true;
	}

	private interface Step<T> {
		T run(IProgressMonitor monitor) throws Exception;
	}

	/**
	 * Runs a step in the wizard's progress bar, off the UI thread. Its failure comes back as the cause of the
	 * {@link InvocationTargetException}; the steps cannot be cancelled, so an interruption is a failure too.
	 */
	private <T> T runWithProgress(String name, Step<T> step) throws InvocationTargetException {
		AtomicReference<T> outcome = new AtomicReference<>();
		try {
			getContainer().run(true, false, monitor -> {
				try {
					outcome.set(step.run(SubMonitor.convert(monitor, name, 1)));
				} catch (Exception e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new InvocationTargetException(e, "interrupted");
		}
		return outcome.get();
	}

	private static String reason(Throwable failure) {
		if (failure instanceof InterruptedException) {
			return "the work was interrupted.";
		}
		return failure.getMessage() != null ? failure.getMessage() : failure.getClass().getSimpleName();
	}

	private void reportLeftOut(ImportedMaps result, IContainer folder) {
		List<String> problems = result.leftOut();
		if (problems.isEmpty()) {
			return;
		}
		String listed = problems.stream().limit(PROBLEMS_SHOWN)
				.collect(Collectors.joining("\n• ", "• ", ""));
		String more = problems.size() > PROBLEMS_SHOWN ? "\n... and " + (problems.size() - PROBLEMS_SHOWN) + " more." : "";
		MessageDialog.openWarning(getShell(), "Imported with problems", result.maps().size() + " map(s) imported into "
				+ folder.getFullPath() + ". What did not fit the ontology was left out:\n\n" + listed + more);
	}

	private void openFirst(List<IFile> files) {
		IWorkbenchPage active = workbench.getActiveWorkbenchWindow().getActivePage();
		try {
			IDE.openEditor(active, files.get(0));
		} catch (PartInitException e) {
			MessageDialog.openError(getShell(), "Import", "The maps were imported, but " + files.get(0).getFullPath()
					+ " could not be opened: " + e.getMessage());
		}
	}

	private static String names(List<IFile> files) {
		return files.stream().map(IFile::getName).collect(Collectors.joining(", "));
	}
}
