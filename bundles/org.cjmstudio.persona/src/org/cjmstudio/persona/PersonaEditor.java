package org.cjmstudio.persona;

import java.io.IOException;
import java.util.EventObject;

import org.cjmstudio.edit.ui.viewers.ItemProviderLabelProvider;
import org.cjmstudio.model.Persona;
import org.cjmstudio.persona.editing.PortraitChanges;
import org.cjmstudio.persona.editing.PortraitEdits;
import org.cjmstudio.persona.editing.PortraitSession;
import org.cjmstudio.persona.pages.CompanyAndCommitteePage;
import org.cjmstudio.persona.pages.DataSourcesPage;
import org.cjmstudio.persona.pages.DecisionsAndPsychologyPage;
import org.cjmstudio.persona.pages.DemographicsAndLifestylePage;
import org.cjmstudio.persona.pages.GoalsAndPainsPage;
import org.cjmstudio.persona.pages.PortraitPage;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.IFormPage;

/**
 * Edits one persona's portrait in full, page by page: portrait and photo, goals and pains, demographics and
 * lifestyle, decisions and psychology, company and buying committee, data sources. It has no file of its own: every
 * change is a command on the map editor's command stack, so it is undone from either editor, and the persona editor
 * is dirty exactly when the map is. Open it with {@link #open(IWorkbenchPage, Persona, EditingDomain)}.
 */
public final class PersonaEditor extends FormEditor {

	public static final String ID = "org.cjmstudio.persona.editor";

	private PersonaEditorInput personaInput;
	private BasicCommandStack stack;
	private PortraitSession session;
	private ItemProviderLabelProvider labels;
	private MapEditorLink mapEditor;
	private CommandStackAction undo;
	private CommandStackAction redo;
	private Display display;
	private boolean disposed;
	private final CommandStackListener stackListener = this::commandStackChanged;

	/**
	 * Opens the persona editor on {@code persona}, whose map is edited through {@code domain} (the journey map
	 * editor's {@code getEditingDomain()}), or brings its editor to the front if it is already open.
	 */
	public static PersonaEditor open(IWorkbenchPage page, Persona persona, EditingDomain domain)
			throws PartInitException {
		return (PersonaEditor) page.openEditor(new PersonaEditorInput(persona, domain), ID);
	}

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof PersonaEditorInput given)) {
			throw new PartInitException("The persona editor opens personas of an open map, not '" + input.getName()
					+ "'. Open the map and open the persona from there.");
		}
		if (!(given.getEditingDomain().getCommandStack() instanceof BasicCommandStack basicStack)) {
			throw new PartInitException("The persona editor needs the map's command stack to know when the map"
					+ " needs saving; the map of '" + given.getName() + "' has a command stack that cannot tell.");
		}
		// The map editor's domain has the item providers that label and describe the map's elements.
		if (!(given.getEditingDomain() instanceof AdapterFactoryEditingDomain domain)) {
			throw new PartInitException("The persona editor needs an editing domain with item providers"
					+ " (an AdapterFactoryEditingDomain); the map of '" + given.getName() + "' has none.");
		}
		super.init(site, input);
		personaInput = given;
		stack = basicStack;
		display = site.getShell().getDisplay();
		Persona persona = given.getPersona();
		session = new PortraitSession(new PortraitEdits(domain, persona),
				new PortraitChanges(persona, stack, display), domain.getAdapterFactory());
		labels = new ItemProviderLabelProvider(domain.getAdapterFactory());
		setTitleImage(labels.getImage(persona));
		session.changes().whenChanged(this::showName);
		showName();
		undo = CommandStackAction.undo(stack);
		redo = CommandStackAction.redo(stack);
		stack.addCommandStackListener(stackListener);
		mapEditor = new MapEditorLink(this, site.getPage(), domain);
	}

	@Override
	protected void addPages() {
		IFormPage[] pages = { new PortraitPage(this, session), new GoalsAndPainsPage(this, session),
				new DemographicsAndLifestylePage(this, session), new DecisionsAndPsychologyPage(this, session),
				new CompanyAndCommitteePage(this, session), new DataSourcesPage(this, session) };
		for (IFormPage page : pages) {
			try {
				addPage(page);
			} catch (PartInitException e) {
				// A form page only fails here if the workbench cannot initialise it; the other pages stay usable.
				ILog.of(getClass()).error("Could not add the page '" + page.getTitle() + "' to the persona editor", e);
			}
		}
	}

	public Persona getPersona() {
		return personaInput.getPersona();
	}

	public EditingDomain getEditingDomain() {
		return personaInput.getEditingDomain();
	}

	/** The workbench's Undo for this editor: undoes the last change to the map, whichever editor made it. */
	public IAction getUndoAction() {
		return undo;
	}

	public IAction getRedoAction() {
		return redo;
	}

	/** Dirty exactly when the map is: the persona's changes are the map's changes. */
	@Override
	public boolean isDirty() {
		return stack.isSaveNeeded();
	}

	/** Closing a persona editor loses nothing while the map editor, which keeps the changes, is open. */
	@Override
	public boolean isSaveOnCloseNeeded() {
		return !mapEditor.isMapEditorOpen() && isDirty();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		try {
			mapEditor.save(monitor, stack, getPersona().eResource());
		} catch (IOException e) {
			ILog.of(getClass()).error("Could not save the map of persona " + getPartName(), e);
			MessageDialog.openError(getSite().getShell(), "Could not save the journey map", "Saving the map of '"
					+ getPartName() + "' failed: " + e.getMessage() + "\n\nYour changes are still in the editor.");
		}
		firePropertyChange(PROP_DIRTY);
	}

	/** A persona is saved with its map; there is nothing to save under another name. */
	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void doSaveAs() {
		throw new UnsupportedOperationException("A persona is saved with its map; save the map instead.");
	}

	void mapDirtyStateChanged() {
		firePropertyChange(PROP_DIRTY);
	}

	/** The map editor closed and unloaded the map: this editor has nothing left to show. */
	void mapEditorClosed() {
		display.asyncExec(this::close);
	}

	private void commandStackChanged(EventObject event) {
		firePropertyChange(PROP_DIRTY);
		if (isRemovedFromMap()) {
			// Deleted in the map editor, say: an editor of a persona that is no longer in the map would change an
			// element nobody sees. Checked again later, as the deletion may be undone at once.
			display.asyncExec(() -> {
				if (isRemovedFromMap()) {
					close();
				}
			});
		}
	}

	private boolean isRemovedFromMap() {
		return getPersona().eContainer() == null;
	}

	private void close() {
		if (!disposed) {
			getSite().getPage().closeEditor(this, false);
		}
	}

	private void showName() {
		setPartName(personaInput.getName());
		setTitleToolTip(personaInput.getToolTipText());
	}

	@Override
	public void dispose() {
		disposed = true;
		if (stack != null) {
			stack.removeCommandStackListener(stackListener);
			undo.dispose();
			redo.dispose();
			session.changes().dispose();
			mapEditor.dispose();
			labels.dispose();
		}
		super.dispose();
	}
}
