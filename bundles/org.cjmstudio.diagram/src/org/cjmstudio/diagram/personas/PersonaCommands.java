package org.cjmstudio.diagram.personas;

import java.util.List;

import org.cjmstudio.model.CjmFactory;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Persona;
import org.cjmstudio.model.ids.ElementIds;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/** The EMF commands behind adding, duplicating and reordering a map's personas; each is one undoable step. */
public final class PersonaCommands {

	private PersonaCommands() {
	}

	/** A fresh persona named so it is visible and easy to tell from the others: "New persona", "New persona 2". */
	public static Persona newPersona(JourneyMap map) {
		Persona persona = CjmFactory.eINSTANCE.createPersona();
		persona.setName(unusedName(map, "New persona"));
		return persona;
	}

	/** Adds {@code persona} at {@code index} (the end for -1). */
	public static Command add(EditingDomain domain, JourneyMap map, Persona persona, int index) {
		return labelled("Add Persona", AddCommand.create(domain, map, CjmPackage.Literals.JOURNEY_MAP__PERSONAS,
				persona, index < 0 ? CommandParameter.NO_INDEX : index));
	}

	/**
	 * A copy of {@code original} with new ids, named "... (copy)", citing the same evidence; the emotion points
	 * stay with the original (a duplicate is a starting point for a similar persona, not a second curve).
	 */
	public static Persona copyOf(Persona original) {
		Persona copy = ElementIds.copyAsNew(original);
		JourneyMap map = (JourneyMap) original.eContainer();
		String name = original.getName() == null || original.getName().isBlank() ? "Persona" : original.getName();
		copy.setName(map == null ? name + " (copy)" : unusedName(map, name + " (copy)"));
		return copy;
	}

	/** Adds the copy right after its original. */
	public static Command duplicate(EditingDomain domain, Persona original, Persona copy) {
		JourneyMap map = (JourneyMap) original.eContainer();
		return labelled("Duplicate Persona", AddCommand.create(domain, map, CjmPackage.Literals.JOURNEY_MAP__PERSONAS,
				copy, map.getPersonas().indexOf(original) + 1));
	}

	/** Moves the persona {@code delta} places (negative: towards the first); null when it cannot move that way. */
	public static Command move(EditingDomain domain, Persona persona, int delta) {
		JourneyMap map = (JourneyMap) persona.eContainer();
		int target = map.getPersonas().indexOf(persona) + delta;
		if (target < 0 || target >= map.getPersonas().size() || delta == 0) {
			return null;
		}
		return labelled("Move Persona", MoveCommand.create(domain, map, CjmPackage.Literals.JOURNEY_MAP__PERSONAS,
				persona, target));
	}

	private static String unusedName(JourneyMap map, String wanted) {
		List<String> taken = map.getPersonas().stream().map(Persona::getName).toList();
		String name = wanted;
		for (int i = 2; taken.contains(name); i++) {
			name = wanted + " " + i;
		}
		return name;
	}

	private static Command labelled(String label, Command command) {
		CompoundCommand wrapper = new CompoundCommand(label);
		wrapper.append(command);
		return wrapper;
	}
}
