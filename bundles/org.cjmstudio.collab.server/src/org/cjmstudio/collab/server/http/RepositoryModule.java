package org.cjmstudio.collab.server.http;

import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.cjmstudio.collab.server.store.MapRepository;

/**
 * The CJM repository as a Fuseki module: it adds the {@code /cjm/} endpoints (patch log, history, presence, access)
 * to a fuseki-main server. Fuseki does the rest: Jetty, HTTPS, authentication, the SPARQL endpoint.
 */
public final class RepositoryModule implements FusekiModule {

	private final MapRepository repository;

	public RepositoryModule(MapRepository repository) {
		this.repository = repository;
	}

	@Override
	public String name() {
		return "CJM Studio team repository";
	}

	@Override
	public void prepare(FusekiServer.Builder serverBuilder, Set<String> datasetNames, Model configModel) {
		serverBuilder.addServlet("/cjm/*", new RepositoryServlet(repository));
	}

	@Override
	public void serverBeforeStarting(FusekiServer server) {
		server.getJettyServer().setHandler(new CredentialsCheck(server.getJettyServer().getHandler()));
	}
}
