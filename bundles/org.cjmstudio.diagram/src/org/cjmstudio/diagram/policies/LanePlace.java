package org.cjmstudio.diagram.policies;

import org.cjmstudio.diagram.layout.Lane;

/**
 * Where in a stage column a card is dropped: the lane under the pointer and, in the emotion lane, the valence that
 * the drop height stands for (null elsewhere).
 */
record LanePlace(Lane lane, Integer valence) {
}
