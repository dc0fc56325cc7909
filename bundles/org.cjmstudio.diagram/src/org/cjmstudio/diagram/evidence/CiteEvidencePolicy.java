package org.cjmstudio.diagram.evidence;

import org.cjmstudio.diagram.commands.EmfCommand;
import org.cjmstudio.diagram.figures.DiagramColors;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.RoundedRectangle;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.LayerConstants;
import org.eclipse.gef.Request;
import org.eclipse.gef.editpolicies.GraphicalEditPolicy;

/**
 * Lets a barrier, emotion or persona take research dropped on it ({@link CiteEvidenceRequest}): outlines the card
 * under the pointer while the drop would cite something, and answers with the command that adds the citations.
 */
public final class CiteEvidencePolicy extends GraphicalEditPolicy {

	public static final String ROLE = "cite evidence";

	private IFigure feedback;

	@Override
	public EditPart getTargetEditPart(Request request) {
		return CiteEvidenceRequest.TYPE.equals(request.getType()) ? getHost() : null;
	}

	@Override
	public org.eclipse.gef.commands.Command getCommand(Request request) {
		if (request instanceof CiteEvidenceRequest cite && getHost().getModel() instanceof EObject element) {
			EditingDomain domain = AdapterFactoryEditingDomain.getEditingDomainFor(element);
			Command command = domain == null ? null : EvidenceDrops.command(domain, element, cite.evidence());
			return command == null ? null : new EmfCommand(command);
		}
		return null;
	}

	@Override
	public void showTargetFeedback(Request request) {
		if (!(request instanceof CiteEvidenceRequest cite) || !(getHost().getModel() instanceof EObject element)
				|| EvidenceDrops.refusal(element, cite.evidence()) != null) {
			eraseTargetFeedback(request);
			return;
		}
		if (feedback == null) {
			RoundedRectangle outline = new RoundedRectangle();
			outline.setFill(false);
			outline.setLineWidth(3);
			outline.setForegroundColor(DiagramColors.RELATED);
			outline.setCornerDimensions(new org.eclipse.draw2d.geometry.Dimension(10, 10));
			feedback = outline;
			getLayer(LayerConstants.FEEDBACK_LAYER).add(feedback);
		}
		IFigure card = ((GraphicalEditPart) getHost()).getFigure();
		Rectangle bounds = card.getBounds().getCopy().expand(3, 3);
		card.translateToAbsolute(bounds);
		feedback.translateToRelative(bounds);
		feedback.setBounds(bounds);
	}

	@Override
	public void eraseTargetFeedback(Request request) {
		if (feedback != null) {
			if (feedback.getParent() != null) {
				feedback.getParent().remove(feedback);
			}
			feedback = null;
		}
	}

	/** Whether the card shows that a drop here would cite (for tests and for the listener's status line). */
	public boolean showsDropFeedback() {
		return feedback != null;
	}
}
