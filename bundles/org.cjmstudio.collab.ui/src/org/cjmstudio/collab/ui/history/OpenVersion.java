package org.cjmstudio.collab.ui.history;

import java.util.OptionalLong;

import org.cjmstudio.collab.client.HistoryEntry;
import org.cjmstudio.collab.client.RepositoryException;
import org.cjmstudio.collab.sync.MapSession;
import org.cjmstudio.rdf.importing.ImportResult;
import org.cjmstudio.rdf.importing.RdfImport;
import org.cjmstudio.rdf.importing.RdfImportException;

/**
 * Reads a team map as it was at one version: the server's snapshot of the map's graph at that version, rebuilt into
 * a map by the RDF import (network and parsing: not on the UI thread).
 */
final class OpenVersion {

	private OpenVersion() {
	}

	static MapVersionInput read(MapSession session, HistoryEntry entry) throws RepositoryException {
		try {
			ImportResult result = RdfImport.read(session.client().snapshot(session.mapId(),
					OptionalLong.of(entry.version())).graph());
			if (result.maps().isEmpty()) {
				throw new IllegalStateException("Version " + entry.version() + " of the map holds no map.");
			}
			return new MapVersionInput(result.maps().get(0), session.client().address().toString(), session.mapId(),
					entry);
		} catch (RdfImportException e) {
			throw new IllegalStateException("Version " + entry.version() + " of the map cannot be read: "
					+ e.getMessage(), e);
		}
	}
}
