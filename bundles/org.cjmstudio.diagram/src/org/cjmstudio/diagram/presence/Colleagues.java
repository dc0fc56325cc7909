package org.cjmstudio.diagram.presence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cjmstudio.model.Identifiable;
import org.eclipse.swt.graphics.Color;

/**
 * Who else has the map open and which element each has selected, as the diagram shows it: a card someone selected is
 * outlined in that person's colour. The editor keeps the current one in its graphical viewer's properties; immutable.
 */
public final class Colleagues {

	/** Key under which the editor stores the current colleagues in its graphical viewer's properties. */
	public static final String VIEWER_PROPERTY = Colleagues.class.getName();

	public static final Colleagues NONE = new Colleagues(List.of());

	/**
	 * One colour per person, by name, so a colleague has the same colour in every editor and every workbench; none is
	 * the blue of related cards or a warning's orange.
	 */
	private static final Color[] COLOURS = { new Color(0xd6, 0x33, 0x84), new Color(0x2f, 0x9e, 0x44),
			new Color(0x84, 0x4c, 0xd9), new Color(0xc9, 0x2a, 0x2a), new Color(0x0b, 0x8a, 0x8f),
			new Color(0x8a, 0x6d, 0x00) };

	private final List<Colleague> all;
	private final Map<String, List<Colleague>> bySelection = new HashMap<>();

	private Colleagues(List<Colleague> all) {
		this.all = List.copyOf(all);
		for (Colleague colleague : this.all) {
			if (colleague.selectedId() != null) {
				bySelection.computeIfAbsent(colleague.selectedId(), id -> new ArrayList<>()).add(colleague);
			}
		}
	}

	public static Colleagues of(List<Colleague> colleagues) {
		return colleagues.isEmpty() ? NONE : new Colleagues(colleagues);
	}

	public List<Colleague> all() {
		return all;
	}

	/** The colleagues who have {@code element} selected, in the order they were given. */
	public List<Colleague> selecting(Object element) {
		return element instanceof Identifiable identifiable && identifiable.getId() != null
				? bySelection.getOrDefault(identifiable.getId(), List.of())
				: List.of();
	}

	/** The ids of the elements someone has selected. */
	public java.util.Set<String> selectedIds() {
		return bySelection.keySet();
	}

	/** The colour of {@code name} (the same for the same name everywhere). */
	public static Color colourOf(String name) {
		return COLOURS[Math.floorMod(name.hashCode(), COLOURS.length)];
	}
}
