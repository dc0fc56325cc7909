package org.cjmstudio.diagram.parts;

import java.util.List;

import org.cjmstudio.diagram.cards.CardLooks;
import org.cjmstudio.diagram.figures.CardFigure;
import org.cjmstudio.diagram.layout.Lane;
import org.cjmstudio.diagram.policies.ElementDeletePolicy;
import org.cjmstudio.diagram.presence.Colleague;
import org.cjmstudio.diagram.presence.Colleagues;
import org.cjmstudio.diagram.policies.NameDirectEditPolicy;
import org.cjmstudio.model.Card;
import org.eclipse.draw2d.IFigure;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.Request;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/**
 * What every card shares: its figure, its place in its stage's lane, delete, and in-place renaming of the attribute
 * that names it. Each kind of card says how it is titled, detailed and coloured.
 *
 * @param <T> the model class of the card
 */
abstract class CardEditPart<T extends EObject> extends AbstractGraphicalEditPart {

	private final CardPicture picture = new CardPicture();

	/** The attribute edited in place (F2 or double click). */
	protected abstract EAttribute nameAttribute();

	protected abstract String detail(T card);

	protected abstract Color accent(T card);

	@SuppressWarnings("unchecked")
	@Override
	public T getModel() {
		return (T) super.getModel();
	}

	CardFigure card() {
		return (CardFigure) getFigure();
	}

	@Override
	protected IFigure createFigure() {
		return new CardFigure();
	}

	@Override
	protected void createEditPolicies() {
		installEditPolicy(EditPolicy.COMPONENT_ROLE, new ElementDeletePolicy());
		installEditPolicy(EditPolicy.DIRECT_EDIT_ROLE, new NameDirectEditPolicy(nameAttribute()));
	}

	@Override
	protected void refreshVisuals() {
		T model = getModel();
		card().setTitle((String) model.eGet(nameAttribute()));
		card().setDetail(detail(model));
		card().setAccent(accent(model));
		if (model instanceof Card looks) {
			RGB team = CardLooks.rgb(looks.getColor());
			card().setTeamColor(team == null ? null : new Color(team));
			picture.show(looks, card(), getViewer().getControl().getDisplay());
		}
		card().setWarnings(ProblemAware.messagesFor(this));
		CommentBadges.show(model, card()::setComments);
		List<Colleague> selecting = PresenceAware.selecting(this);
		card().setSelectedBy(selecting.stream().map(Colleague::name).toList(),
				selecting.isEmpty() ? null : Colleagues.colourOf(selecting.get(0).name()));
		((GraphicalEditPart) getParent()).setLayoutConstraint(this, getFigure(), Lane.of(model));
	}

	@Override
	public void deactivate() {
		super.deactivate();
		picture.dispose();
	}

	@Override
	public void performRequest(Request request) {
		if (RequestConstants.REQ_DIRECT_EDIT.equals(request.getType())
				|| RequestConstants.REQ_OPEN.equals(request.getType())) {
			new NameEditManager(this, nameAttribute(), () -> card().getBounds()).show();
		}
	}

	/** Joins the non-blank parts with " · ". */
	protected static String join(Object... parts) {
		StringBuilder text = new StringBuilder();
		for (Object part : parts) {
			if (part != null && !part.toString().isBlank()) {
				if (!text.isEmpty()) {
					text.append(" · ");
				}
				text.append(part);
			}
		}
		return text.toString();
	}

	/** An enum literal as words: COMPLEX_REGISTRATION becomes "complex registration". */
	protected static String words(Enum<?> literal) {
		return literal == null ? null : literal.name().toLowerCase().replace('_', ' ');
	}
}
