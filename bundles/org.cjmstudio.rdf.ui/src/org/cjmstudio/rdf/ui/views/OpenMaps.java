package org.cjmstudio.rdf.ui.views;

import java.util.ArrayList;
import java.util.List;

import org.cjmstudio.diagram.editor.JourneyMapEditor;
import org.cjmstudio.model.JourneyMap;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;

/** The maps open in journey map editors, as they are in memory (unsaved changes included). */
final class OpenMaps {

	private OpenMaps() {
	}

	/** Editors that were never shown are not restored for a query: their maps are not loaded yet. */
	static List<JourneyMap> in(IWorkbenchPage page) {
		List<JourneyMap> maps = new ArrayList<>();
		for (IEditorReference reference : page.getEditorReferences()) {
			IEditorPart editor = reference.getEditor(false);
			if (editor instanceof JourneyMapEditor mapEditor && mapEditor.getMap() != null) {
				maps.add(mapEditor.getMap());
			}
		}
		return maps;
	}

	/** Selects the element with {@code id} in the editor of its map and brings that editor to the front. */
	static boolean reveal(IWorkbenchPage page, String id) {
		for (IEditorReference reference : page.getEditorReferences()) {
			IEditorPart editor = reference.getEditor(false);
			if (editor instanceof JourneyMapEditor mapEditor && mapEditor.getMap() != null
					&& mapEditor.getMap().eResource().getEObject(id) instanceof EObject element) {
				page.activate(mapEditor);
				mapEditor.select(element); // a persona or study has no card: its map is shown all the same
				return true;
			}
		}
		return false;
	}
}
