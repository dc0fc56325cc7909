package org.cjmstudio.collab.server.security;

import org.apache.jena.fuseki.access.AuthorizationService;
import org.apache.jena.fuseki.access.SecurityContext;
import org.apache.jena.fuseki.access.SecurityContextView;
import org.cjmstudio.collab.server.store.MapRepository;

/**
 * What the SPARQL endpoint lets a user see: the graphs of the maps they may read, nothing of the repository's own
 * records (logs, access). Fuseki's graph-level access control asks this for every query.
 */
public final class MapReaders implements AuthorizationService {

	private final MapRepository repository;

	public MapReaders(MapRepository repository) {
		this.repository = repository;
	}

	@Override
	public SecurityContext get(String user) {
		if (user == null) {
			return SecurityContextView.NONE;
		}
		return new SecurityContextView(repository.readableGraphs(user).toArray(String[]::new));
	}
}
