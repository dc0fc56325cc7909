package org.cjmstudio.diagram.personas;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.cjmstudio.diagram.commands.EmfCommand;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Persona;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPartViewer;
import org.eclipse.gef.ui.actions.SelectionAction;
import org.eclipse.jface.viewers.StructuredSelection;

/**
 * What the persona actions share: the personas selected in the diagram (edit parts) or in the outline (the personas
 * themselves), running EMF commands on the map editor's command stack, and showing the result.
 */
abstract class PersonaAction extends SelectionAction {

	protected final EditingDomain domain;
	protected final Supplier<JourneyMap> map;
	private final Supplier<EditPartViewer> diagram;

	PersonaAction(MapEditorContext context, String id) {
		super(context.editor());
		this.domain = context.domain();
		this.map = context.map();
		this.diagram = context.diagram();
		setId(id);
	}

	/** The selected personas, in the map's order. */
	protected List<Persona> selectedPersonas() {
		List<Persona> personas = new ArrayList<>();
		for (Object selected : getSelectedObjects()) {
			Object element = selected instanceof EditPart part ? part.getModel() : selected;
			if (element instanceof Persona persona && !personas.contains(persona)) {
				personas.add(persona);
			}
		}
		personas.sort((a, b) -> map.get().getPersonas().indexOf(a) - map.get().getPersonas().indexOf(b));
		return personas;
	}

	protected Persona singleSelectedPersona() {
		List<Persona> personas = selectedPersonas();
		return personas.size() == 1 ? personas.get(0) : null;
	}

	protected void run(Command command) {
		execute(new EmfCommand(command));
	}

	/** Selects the persona's chip in the diagram (and so in the outline and the Properties view). */
	protected void reveal(Persona persona) {
		EditPartViewer viewer = diagram.get();
		if (viewer != null && viewer.getEditPartRegistry().get(persona) instanceof EditPart part) {
			viewer.reveal(part);
			viewer.setSelection(new StructuredSelection(part));
		}
	}
}
