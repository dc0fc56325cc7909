package org.cjmstudio.model.edit.domain;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.cjmstudio.model.validation.ElementLabels;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;

/**
 * Names a change for the Edit menu the way a user would say it: "Rename Touchpoint", "Change Barrier Severity",
 * "Delete 3 Barriers", rather than EMF's generic "Set" or "Delete". Commands that already carry a specific name keep
 * it; only EMF.Edit's generic ones (what the Properties view and the delete key make) are named from what they do.
 */
public final class CommandLabels {

	private static final Set<String> GENERIC = Set.of("Set", "Add", "Remove", "Delete", "Move", "Replace", "Unknown",
			"");
	private static final Set<String> NAMING_FEATURES = Set.of("name", "title");

	private CommandLabels() {
	}

	/** The label to show for {@code command} in "Undo ..." and "Redo ...". */
	public static String of(Command command) {
		String label = command.getLabel();
		if (label != null && !GENERIC.contains(label)) {
			return label;
		}
		Command inner = essential(command);
		if (inner instanceof SetCommand set && set.getOwner() != null && set.getFeature() != null) {
			return changing(set.getOwner(), set.getFeature());
		}
		if (inner instanceof DeleteCommand || inner instanceof RemoveCommand) {
			return "Delete " + counted(removed(inner));
		}
		if (inner instanceof AddCommand add && !add.getCollection().isEmpty()) {
			return "Add " + counted(add.getCollection());
		}
		if (inner instanceof MoveCommand move && move.getValue() instanceof EObject moved) {
			return "Move " + kind(moved);
		}
		return label == null ? "" : label;
	}

	/** "Rename Touchpoint" for a name or title, "Change Barrier Severity" for anything else. */
	public static String changing(EObject owner, EStructuralFeature feature) {
		if (NAMING_FEATURES.contains(feature.getName())) {
			return "Rename " + kind(owner);
		}
		return "Change " + kind(owner) + " " + capitalized(words(feature.getName()));
	}

	/** The element's kind as a menu names it: "Research Study". */
	public static String kind(EObject element) {
		return capitalized(ElementLabels.kind(element));
	}

	private static Collection<?> removed(Command command) {
		if (command instanceof RemoveCommand remove) {
			return remove.getCollection();
		}
		return ((DeleteCommand) command).getCollection() == null ? List.of()
				: ((DeleteCommand) command).getCollection();
	}

	/** "Barrier", "3 Barriers", "5 Elements" for a mix of kinds. */
	private static String counted(Collection<?> elements) {
		List<EObject> objects = elements.stream().filter(EObject.class::isInstance).map(EObject.class::cast).toList();
		if (objects.isEmpty()) {
			return "Elements";
		}
		Set<String> kinds = Set.copyOf(objects.stream().map(CommandLabels::kind).toList());
		if (objects.size() == 1) {
			return kind(objects.get(0));
		}
		return objects.size() + " " + (kinds.size() == 1 ? plural(kinds.iterator().next()) : "Elements");
	}

	/** The command that does the work inside wrappers and one-command compounds. */
	private static Command essential(Command command) {
		Command current = command;
		while (true) {
			if (current instanceof CommandWrapper wrapper && wrapper.getCommand() != null
					&& !(current instanceof DeleteCommand)) {
				current = wrapper.getCommand();
			} else if (current instanceof CompoundCommand compound && !compound.getCommandList().isEmpty()
					&& !(current instanceof DeleteCommand)) {
				current = compound.getCommandList().get(0);
			} else {
				return current;
			}
		}
	}

	private static String plural(String noun) {
		return noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
	}

	private static String words(String camelCase) {
		return camelCase.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase();
	}

	private static String capitalized(String words) {
		StringBuilder result = new StringBuilder();
		for (String word : words.split(" ")) {
			if (!word.isEmpty()) {
				result.append(result.isEmpty() ? "" : " ").append(Character.toUpperCase(word.charAt(0)))
						.append(word.substring(1));
			}
		}
		return result.toString();
	}
}
