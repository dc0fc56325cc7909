package org.cjmstudio.diagram.parts;

import java.util.List;

import org.cjmstudio.diagram.figures.PersonaBandFigure;
import org.cjmstudio.diagram.personas.AddPersonaAction;
import org.cjmstudio.diagram.policies.PersonaOrderEditPolicy;
import org.cjmstudio.model.Persona;
import org.eclipse.draw2d.IFigure;
import org.eclipse.gef.DefaultEditDomain;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.Request;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;
import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.jface.action.IAction;
import org.eclipse.ui.IEditorPart;

/**
 * The band of persona chips above the stages. Personas are reordered by dragging their chips and added with the
 * palette's Persona tool (dropped between two chips), or by a double click on the band.
 */
final class PersonaBandEditPart extends AbstractGraphicalEditPart {

	@Override
	public PersonaBand getModel() {
		return (PersonaBand) super.getModel();
	}

	PersonaBandFigure band() {
		return (PersonaBandFigure) getFigure();
	}

	@Override
	protected IFigure createFigure() {
		return new PersonaBandFigure();
	}

	@Override
	public IFigure getContentPane() {
		return band().chips();
	}

	@Override
	protected void createEditPolicies() {
		installEditPolicy(EditPolicy.LAYOUT_ROLE, new PersonaOrderEditPolicy());
	}

	@Override
	protected List<Persona> getModelChildren() {
		return getModel().map().getPersonas();
	}

	@Override
	protected void refreshVisuals() {
		band().repaint();
	}

	/** A double click on the band (not on a chip) adds a persona, as Edit > Add Persona does. */
	@Override
	public void performRequest(Request request) {
		if (RequestConstants.REQ_OPEN.equals(request.getType())) {
			IAction add = editorAction(AddPersonaAction.ID);
			if (add != null && add.isEnabled()) {
				add.run();
			}
		}
	}

	private IAction editorAction(String id) {
		if (getViewer().getEditDomain() instanceof DefaultEditDomain domain) {
			IEditorPart editor = domain.getEditorPart();
			Object actions = editor == null ? null : editor.getAdapter(ActionRegistry.class);
			return actions instanceof ActionRegistry registry ? registry.getAction(id) : null;
		}
		return null;
	}
}
