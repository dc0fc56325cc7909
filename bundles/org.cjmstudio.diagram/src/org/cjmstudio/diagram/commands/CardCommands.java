package org.cjmstudio.diagram.commands;

import org.cjmstudio.model.Barrier;
import org.cjmstudio.model.Card;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.Emotion;
import org.cjmstudio.model.Metric;
import org.cjmstudio.model.Opportunity;
import org.cjmstudio.model.Stage;
import org.cjmstudio.model.Step;
import org.cjmstudio.model.Touchpoint;
import org.cjmstudio.model.edit.domain.CommandLabels;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The EMF commands behind the diagram's card gestures. Steps, touchpoints, emotions and barriers are contained by
 * their stage, so placing one in a stage is a containment change; opportunities and metrics belong to the map and
 * only point at the stage that shows them.
 */
public final class CardCommands {

	private CardCommands() {
	}

	/** Adds a new card to {@code stage}; null if the card cannot live in a stage. */
	public static Command create(EditingDomain domain, Stage stage, EObject card) {
		EReference inStage = stageFeature(card);
		Command command;
		if (inStage != null) {
			command = AddCommand.create(domain, stage, inStage, card);
		} else if (card instanceof Opportunity || card instanceof Metric) {
			CompoundCommand addAndPlace = new CompoundCommand();
			addAndPlace.append(AddCommand.create(domain, stage.eContainer(), mapFeature(card), card));
			addAndPlace.append(SetCommand.create(domain, card, placementFeature(card), stage));
			command = addAndPlace;
		} else {
			return null;
		}
		return labelled(command, "Create " + CommandLabels.kind(card));
	}

	/** Moves a card into another stage; null if it is already there or cannot live in a stage. */
	public static Command moveToStage(EditingDomain domain, EObject card, Stage stage) {
		EReference inStage = stageFeature(card);
		if (inStage != null) {
			if (card.eContainer() == stage || !(card.eContainer() instanceof Stage from)) {
				return null;
			}
			CompoundCommand move = new CompoundCommand();
			move.append(RemoveCommand.create(domain, from, inStage, card));
			move.append(AddCommand.create(domain, stage, inStage, card));
			return labelled(move, "Move " + CommandLabels.kind(card) + " to " + stage.getName());
		}
		if ((card instanceof Opportunity || card instanceof Metric) && card.eGet(placementFeature(card)) != stage) {
			return labelled(SetCommand.create(domain, card, placementFeature(card), stage),
					"Move " + CommandLabels.kind(card) + " to " + stage.getName());
		}
		return null;
	}

	/** The list of a stage that holds cards of this kind, or null for cards the map holds. */
	public static EReference stageFeature(EObject card) {
		if (card instanceof Step) {
			return CjmPackage.Literals.STAGE__STEPS;
		}
		if (card instanceof Touchpoint) {
			return CjmPackage.Literals.STAGE__TOUCHPOINTS;
		}
		if (card instanceof Emotion) {
			return CjmPackage.Literals.STAGE__EMOTIONS;
		}
		if (card instanceof Barrier) {
			return CjmPackage.Literals.STAGE__BARRIERS;
		}
		if (card instanceof Card && card.eClass().getEPackage() != CjmPackage.eINSTANCE) {
			return CjmPackage.Literals.STAGE__LANE_CARDS; // a card of a plugin's lane
		}
		return null;
	}

	private static EReference mapFeature(EObject card) {
		return card instanceof Opportunity ? CjmPackage.Literals.JOURNEY_MAP__OPPORTUNITIES
				: CjmPackage.Literals.JOURNEY_MAP__METRICS;
	}

	private static EReference placementFeature(EObject card) {
		return card instanceof Opportunity ? CjmPackage.Literals.OPPORTUNITY__STAGE : CjmPackage.Literals.METRIC__STAGE;
	}

	private static Command labelled(Command command, String label) {
		if (command instanceof CompoundCommand compound) {
			compound.setLabel(label);
			return compound;
		}
		CompoundCommand wrapper = new CompoundCommand(label);
		wrapper.append(command);
		return wrapper;
	}
}
