package org.cjmstudio.rdf.importing;

import java.util.List;

import org.cjmstudio.model.JourneyMap;

/** The maps read from RDF, not yet saved anywhere, and what could not be imported. */
public record ImportResult(List<JourneyMap> maps, ImportReport report) {
}
