package org.cjmstudio.diagram.problems;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;

/**
 * The validation messages of a map, by element, as the diagram shows them on its cards. Built from the diagnostic
 * {@link org.cjmstudio.model.validation.MapValidation} returns; immutable.
 */
public final class ProblemIndex {

	/** Key under which the editor stores the current index in its graphical viewer's properties. */
	public static final String VIEWER_PROPERTY = ProblemIndex.class.getName();

	public static final ProblemIndex EMPTY = new ProblemIndex(Map.of());

	private final Map<EObject, List<String>> messages;

	private ProblemIndex(Map<EObject, List<String>> messages) {
		this.messages = messages;
	}

	public static ProblemIndex of(Diagnostic validation) {
		Map<EObject, List<String>> messages = new HashMap<>();
		for (Diagnostic problem : validation.getChildren()) {
			if (problem.getSeverity() >= Diagnostic.WARNING && !problem.getData().isEmpty()
					&& problem.getData().get(0) instanceof EObject element) {
				messages.computeIfAbsent(element, key -> new ArrayList<>()).add(problem.getMessage());
			}
		}
		return new ProblemIndex(messages);
	}

	public List<String> messagesFor(Object element) {
		return messages.getOrDefault(element, List.of());
	}

	public int size() {
		return messages.values().stream().mapToInt(List::size).sum();
	}
}
