package org.cjmstudio.persona;

import java.io.IOException;
import java.nio.file.Path;

import org.cjmstudio.model.persistence.MapFiles;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IPropertyListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartConstants;
import org.eclipse.ui.IWorkbenchPartReference;

/**
 * Ties a persona editor to the journey map editor that holds the persona's map (the editor whose editing domain is
 * the persona's): both show the map's dirty state, Save in the persona editor saves through the map editor, and the
 * persona editor closes when the map editor closes, because the map's model is unloaded then.
 */
final class MapEditorLink implements IPartListener2, IPropertyListener {

	private final PersonaEditor personaEditor;
	private final IWorkbenchPage page;
	private final IEditorPart mapEditor;

	MapEditorLink(PersonaEditor personaEditor, IWorkbenchPage page, EditingDomain domain) {
		this.personaEditor = personaEditor;
		this.page = page;
		this.mapEditor = find(page, domain);
		if (mapEditor != null) {
			mapEditor.addPropertyListener(this);
			page.addPartListener(this);
		}
	}

	/** Whether the map is open in a map editor, which then asks to save it when it closes. */
	boolean isMapEditorOpen() {
		return mapEditor != null;
	}

	/**
	 * Saves the map: through the map editor when it is open (it saves atomically, refreshes the workspace and
	 * reports failures), otherwise straight to the map's file, as the map editor would.
	 */
	void save(IProgressMonitor monitor, BasicCommandStack stack, Resource map) throws IOException {
		if (mapEditor != null) {
			mapEditor.doSave(monitor);
		} else if (map != null && map.getURI().isFile()) {
			MapFiles.save(map, Path.of(map.getURI().toFileString()));
			stack.saveIsDone();
		} else {
			throw new IOException("The map of this persona is neither open in a map editor nor stored in a file.");
		}
	}

	@Override
	public void propertyChanged(Object source, int propertyId) {
		if (propertyId == IWorkbenchPartConstants.PROP_DIRTY) {
			personaEditor.mapDirtyStateChanged(); // e.g. the map was saved from the map editor
		}
	}

	@Override
	public void partClosed(IWorkbenchPartReference reference) {
		if (reference.getPart(false) == mapEditor) {
			personaEditor.mapEditorClosed();
		}
	}

	void dispose() {
		if (mapEditor != null) {
			mapEditor.removePropertyListener(this);
			page.removePartListener(this);
		}
	}

	/** The open editor of {@code page} whose editing domain is {@code domain}, or {@code null}. */
	static IEditorPart find(IWorkbenchPage page, EditingDomain domain) {
		for (IEditorReference reference : page.getEditorReferences()) {
			IEditorPart editor = reference.getEditor(false); // an editor not restored yet holds no domain
			// Other persona editors of the same map share its domain, but they are not the map's editor.
			if (editor != null && !(editor instanceof PersonaEditor) && domainOf(editor) == domain) {
				return editor;
			}
		}
		return null;
	}

	/** The editing domain of an editor that edits EMF models (the journey map editor is one), or null. */
	private static EditingDomain domainOf(IEditorPart editor) {
		IEditingDomainProvider provider = Adapters.adapt(editor, IEditingDomainProvider.class);
		return provider == null ? null : provider.getEditingDomain();
	}
}
