package org.cjmstudio.diagram.parts;

import org.cjmstudio.model.JourneyMap;

/**
 * The model of the persona band: the map's list of personas, as one child of the map's edit part (GEF needs a model
 * object per edit part). Equal for the same map, so refreshing the map keeps the band's edit part.
 */
record PersonaBand(JourneyMap map) {
}
