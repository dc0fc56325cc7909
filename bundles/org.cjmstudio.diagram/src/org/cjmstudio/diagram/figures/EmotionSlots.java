package org.cjmstudio.diagram.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.draw2d.geometry.Rectangle;

/**
 * Where the points of a stage's emotion lane go. Points felt at the same step share a slot across the lane, so a
 * step's personas and its as-is and to-be points stand one above the other; points whose faces would overlap in a
 * slot are fanned out sideways rather than hidden behind each other. Markers come in journey order (by step).
 */
final class EmotionSlots {

	/** How far a point that would overlap the one below it in its slot moves aside. */
	static final int FAN = 18;

	/** A slot and the markers in it, each with how far it is fanned out (0 for none). */
	record Slot(List<EmotionMarkerFigure> markers, List<Integer> fans) {

		int width() {
			int widest = fans.stream().mapToInt(Integer::intValue).max().orElse(0);
			return GridMetrics.EMOTION_SPACING + widest * FAN;
		}
	}

	private final List<Slot> slots = new ArrayList<>();

	EmotionSlots(List<EmotionMarkerFigure> markers) {
		Slot current = null;
		Object currentStep = null;
		for (EmotionMarkerFigure marker : markers) {
			if (current == null || marker.getSlot() == null || !Objects.equals(marker.getSlot(), currentStep)) {
				current = new Slot(new ArrayList<>(), new ArrayList<>());
				slots.add(current);
				currentStep = marker.getSlot();
			}
			current.fans().add(fanFor(current, marker));
			current.markers().add(marker);
		}
	}

	/** The first fan position at which the marker's face overlaps no face already in the slot. */
	private static int fanFor(Slot slot, EmotionMarkerFigure marker) {
		int fan = 0;
		boolean overlaps = true;
		while (overlaps) {
			overlaps = false;
			for (int i = 0; i < slot.markers().size(); i++) {
				if (slot.fans().get(i) == fan
						&& Math.abs(slot.markers().get(i).getValence() - marker.getValence()) < 2) {
					overlaps = true;
				}
			}
			if (overlaps) {
				fan++;
			}
		}
		return fan;
	}

	List<Slot> slots() {
		return slots;
	}

	/** Sets each marker's bounds: slots from {@code x} rightwards, heights by valence within {@code lane}. */
	void place(int x, Rectangle lane) {
		int slotX = x;
		for (Slot slot : slots) {
			for (int i = 0; i < slot.markers().size(); i++) {
				EmotionMarkerFigure marker = slot.markers().get(i);
				marker.setBounds(new Rectangle(slotX + slot.fans().get(i) * FAN, heightOf(marker.getValence(), lane),
						EmotionMarkerFigure.EXTENT, EmotionMarkerFigure.EXTENT));
			}
			slotX += slot.width();
		}
	}

	/** The top of a marker at {@code valence}: +3 at the top of the lane, -3 at the bottom. */
	static int heightOf(int valence, Rectangle lane) {
		int usable = lane.height - 2 * GridMetrics.PADDING - EmotionMarkerFigure.SIZE;
		return lane.y + GridMetrics.PADDING + (3 - valence) * usable / 6;
	}
}
