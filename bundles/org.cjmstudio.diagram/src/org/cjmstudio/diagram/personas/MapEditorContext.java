package org.cjmstudio.diagram.personas;

import java.util.function.Supplier;

import org.cjmstudio.model.JourneyMap;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.gef.EditPartViewer;
import org.eclipse.ui.IWorkbenchPart;

/**
 * What the persona actions work with: the map editor (its command stack and page), its editing domain, the map, and
 * the diagram to show the result in. The map and diagram are looked up when an action runs: the editor creates its
 * actions before it has a viewer.
 */
public record MapEditorContext(IWorkbenchPart editor, EditingDomain domain, Supplier<JourneyMap> map,
		Supplier<EditPartViewer> diagram) {
}
