package org.cjmstudio.formats.ujg;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import com.apicatalog.jsonld.loader.HttpLoader;

/**
 * The UJG 2026.06 contexts, served from this bundle's {@code ujg-contexts/2026.06/} so UJG documents are read
 * offline and whatever a network answers cannot change them. They are CJM Studio's own files stating the same term
 * definitions as the draft's published ones (checked term for term against the draft's repository). Any other
 * context is refused, naming it, unless the user allowed contexts from the web; a {@code file:} one is never read.
 */
final class UjgContexts {

	static final List<String> MODULES = List.of("context", "core.context", "graph.context", "runtime.context",
			"experience.context");

	private static final DocumentLoader WEB = HttpLoader.defaultInstance();

	private UjgContexts() {
	}

	static JsonLdOptions options(boolean mayUseNetwork) {
		JsonLdOptions options = new JsonLdOptions();
		options.setDocumentLoader(new Shipped(mayUseNetwork));
		return options;
	}

	static InputStream open(String module) throws IOException {
		InputStream in = UjgContexts.class.getResourceAsStream("/ujg-contexts/" + Ujg.VERSION + "/" + module
				+ ".jsonld");
		if (in == null) {
			throw new IOException("the UJG context " + module + ".jsonld is missing from the formats bundle");
		}
		return in;
	}

	private record Shipped(boolean mayUseNetwork) implements DocumentLoader {

		@Override
		public Document loadDocument(URI address, DocumentLoaderOptions options) throws JsonLdError {
			String iri = address.toString();
			for (String module : MODULES) {
				if (iri.equals(Ujg.BASE + module + ".jsonld")) {
					try (InputStream in = open(module)) {
						JsonDocument document = JsonDocument.of(in);
						document.setDocumentUrl(address);
						return document;
					} catch (IOException e) {
						throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, e.getMessage());
					}
				}
			}
			String scheme = String.valueOf(address.getScheme());
			if (mayUseNetwork && (scheme.equals("http") || scheme.equals("https"))) {
				return WEB.loadDocument(address, options);
			}
			throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "the context <" + address + "> is "
					+ "not read: CJM Studio reads the UJG " + Ujg.VERSION + " contexts from its own copy and no other "
					+ "context from a local file or the network on a file's say (cjm import --fetch-contexts allows "
					+ "contexts from the web)");
		}
	}
}
