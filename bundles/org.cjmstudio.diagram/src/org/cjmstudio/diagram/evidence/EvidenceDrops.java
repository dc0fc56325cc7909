package org.cjmstudio.diagram.evidence;

import java.util.ArrayList;
import java.util.List;

import org.cjmstudio.model.Card;
import org.cjmstudio.model.Evidence;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.validation.ElementLabels;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The rules of dropping research on a card: only barriers, emotions and personas cite evidence, only their own map's
 * research, and what they cite already is not cited twice. Each refusal is said in the analyst's words.
 */
final class EvidenceDrops {

	private EvidenceDrops() {
	}

	/** Why {@code target} cannot cite {@code dropped}, or null when it can (something new from its own map). */
	static String refusal(EObject target, List<Evidence> dropped) {
		if (target == null || EvidenceLinks.citationOf(target) == null) {
			return target instanceof Card card
					? capitalized(withArticle(ElementLabels.kind(card))) + " cannot cite evidence: drop research on a "
							+ "barrier, an emotion or a persona."
					: "Drop research on a barrier, an emotion or a persona to cite it.";
		}
		EObject map = EcoreUtil.getRootContainer(target);
		for (Evidence evidence : dropped) {
			if (EcoreUtil.getRootContainer(evidence) != map) {
				String other = EcoreUtil.getRootContainer(evidence) instanceof JourneyMap theirs
						&& theirs.getTitle() != null ? " ('" + theirs.getTitle() + "')" : "";
				return capitalized(ElementLabels.describe(evidence)) + " is research of another map" + other
						+ ": a card cites only its own map's research.";
			}
		}
		if (added(target, dropped).isEmpty()) {
			return capitalized(ElementLabels.describe(target)) + " already cites "
					+ (dropped.size() == 1 ? ElementLabels.describe(dropped.get(0)) : "all of it") + ".";
		}
		return null;
	}

	/** One undoable command adding to what {@code target} cites; null when the drop is refused. */
	static Command command(EditingDomain domain, EObject target, List<Evidence> dropped) {
		if (refusal(target, dropped) != null) {
			return null;
		}
		CompoundCommand command = new CompoundCommand(EvidenceLinks.linkLabel(target));
		command.append(AddCommand.create(domain, target, EvidenceLinks.citationOf(target), added(target, dropped)));
		return command;
	}

	private static List<Evidence> added(EObject target, List<Evidence> dropped) {
		List<Evidence> added = new ArrayList<>();
		List<Evidence> cited = EvidenceLinks.cited(target);
		for (Evidence evidence : dropped) {
			if (!cited.contains(evidence) && !added.contains(evidence)) {
				added.add(evidence);
			}
		}
		return added;
	}

	private static String withArticle(String noun) {
		return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
	}

	private static String capitalized(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
