package org.cjmstudio.persona.editing;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.cjmstudio.model.Persona;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Every change the persona editor makes to a portrait, as EMF commands on the map's command stack: each edit is one
 * step the map editor's Undo reverses, and marks the map as changed. Commands are named for the Undo menu ("Undo
 * Change Age from", "Undo Add goal"). An edit that would not change anything runs no command, so merely leaving a
 * field does not make the map dirty.
 */
public final class PortraitEdits {

	private final EditingDomain domain;
	private final Persona persona;

	public PortraitEdits(EditingDomain domain, Persona persona) {
		this.domain = Objects.requireNonNull(domain, "domain");
		this.persona = Objects.requireNonNull(persona, "persona");
	}

	public Persona persona() {
		return persona;
	}

	public EditingDomain domain() {
		return domain;
	}

	/** The field's current value: {@code null}, or an empty list, while its profile does not exist. */
	public Object valueOf(PortraitPart part, EStructuralFeature feature) {
		EObject owner = part.of(persona);
		if (owner == null) {
			return feature.isMany() ? List.of() : null;
		}
		return owner.eGet(feature);
	}

	/** Sets a single-valued field of the portrait, creating its profile if this is the profile's first value. */
	public void set(PortraitPart part, EStructuralFeature feature, Object value, String what) {
		EObject owner = part.of(persona);
		if (owner == null) {
			if (value != null) { // clearing a field of a profile that does not exist changes nothing
				run(createWith(part, created -> created.eSet(feature, value)), "Change " + what);
			}
			return;
		}
		set(owner, feature, value, what);
	}

	/** Sets a field of an element of the portrait that exists, such as a buying committee role. */
	public void set(EObject owner, EStructuralFeature feature, Object value, String what) {
		if (!Objects.equals(owner.eGet(feature), value)) {
			run(SetCommand.create(domain, owner, feature, value), "Change " + what);
		}
	}

	/** Adds a value to a list of the portrait (a goal, a device, a piece of evidence, a buying committee role). */
	public void add(PortraitPart part, EStructuralFeature feature, Object value, String what) {
		EObject owner = part.of(persona);
		run(owner == null ? createWith(part, created -> listOf(created, feature).add(value))
				: AddCommand.create(domain, owner, feature, value), "Add " + what);
	}

	/** Replaces the value at {@code index} of a list, such as the wording of the second goal. */
	public void replace(PortraitPart part, EStructuralFeature feature, int index, Object value, String what) {
		EObject owner = part.of(persona);
		List<Object> values = owner == null ? List.of() : listOf(owner, feature);
		if (index >= 0 && index < values.size() && !Objects.equals(values.get(index), value)) {
			run(SetCommand.create(domain, owner, feature, value, index), "Change " + what);
		}
	}

	/**
	 * Removes values from a list in one step. Lists of text may hold the same line twice; EMF then removes the first
	 * of the equal lines, which leaves the same list content.
	 */
	public void remove(PortraitPart part, EStructuralFeature feature, Collection<?> values, String what) {
		EObject owner = part.of(persona);
		if (owner != null && !values.isEmpty()) {
			run(RemoveCommand.create(domain, owner, feature, values), "Remove " + what);
		}
	}

	/** Puts a new profile holding the first value into the persona: one command, so one Undo removes both. */
	private Command createWith(PortraitPart part, Consumer<EObject> firstValue) {
		EObject created = part.createEmpty();
		firstValue.accept(created);
		return SetCommand.create(domain, persona, part.containment(), created);
	}

	private void run(Command command, String label) {
		Command named = new CommandWrapper(label, label, command);
		if (named.canExecute()) {
			domain.getCommandStack().execute(named);
		} else {
			// The item providers refuse edits of maps that are read-only; the user's text stays in the field.
			ILog.of(PortraitEdits.class).warn("'" + label + "' is not possible on persona '" + persona.getName()
					+ "': the map refused the change (is it read-only?)");
		}
	}

	@SuppressWarnings("unchecked")
	private static List<Object> listOf(EObject owner, EStructuralFeature feature) {
		return (List<Object>) owner.eGet(feature);
	}
}
