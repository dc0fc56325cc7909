package org.cjmstudio.diagram.parts;

import org.cjmstudio.diagram.evidence.CiteEvidencePolicy;
import org.cjmstudio.diagram.figures.DiagramColors;
import org.cjmstudio.diagram.figures.PersonaChipFigure;
import org.cjmstudio.diagram.personas.PersonaEditors;
import org.cjmstudio.diagram.policies.ElementDeletePolicy;
import org.cjmstudio.diagram.policies.NameDirectEditPolicy;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Persona;
import org.eclipse.draw2d.IFigure;
import org.eclipse.gef.DefaultEditDomain;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.Request;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;

/**
 * A persona's chip in the band: selected like a card (the Properties view shows the persona), renamed in place with
 * F2, deleted with Delete, opened in the persona editor with a double click; its stripe has the colour of its curve.
 */
final class PersonaEditPart extends AbstractGraphicalEditPart {

	@Override
	public Persona getModel() {
		return (Persona) super.getModel();
	}

	PersonaChipFigure chip() {
		return (PersonaChipFigure) getFigure();
	}

	@Override
	protected IFigure createFigure() {
		return new PersonaChipFigure();
	}

	@Override
	protected void createEditPolicies() {
		installEditPolicy(EditPolicy.COMPONENT_ROLE, new ElementDeletePolicy());
		installEditPolicy(CiteEvidencePolicy.ROLE, new CiteEvidencePolicy());
		installEditPolicy(EditPolicy.DIRECT_EDIT_ROLE, new NameDirectEditPolicy(CjmPackage.Literals.PERSONA__NAME));
	}

	@Override
	protected void refreshVisuals() {
		Persona persona = getModel();
		chip().setName(persona.getName());
		chip().setDetail(CardEditPart.join(persona.getKind(), persona.getSegment()));
		int index = persona.eContainer() instanceof JourneyMap map ? map.getPersonas().indexOf(persona) : -1;
		chip().setCurveColor(DiagramColors.persona(index));
		chip().setWarnings(ProblemAware.messagesFor(this));
		EvidenceBadges.show(persona, chip()::setEvidence);
	}

	@Override
	public void performRequest(Request request) {
		if (RequestConstants.REQ_OPEN.equals(request.getType())
				&& getViewer().getEditDomain() instanceof DefaultEditDomain domain) {
			PersonaEditors.open(domain.getEditorPart(), getModel());
		} else if (RequestConstants.REQ_DIRECT_EDIT.equals(request.getType())) {
			new NameEditManager(this, CjmPackage.Literals.PERSONA__NAME, () -> chip().getNameFigure().getBounds())
					.show();
		}
	}
}
