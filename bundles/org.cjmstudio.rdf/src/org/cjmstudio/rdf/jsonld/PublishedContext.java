package org.cjmstudio.rdf.jsonld;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

import org.cjmstudio.rdf.OntologyFiles;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import com.apicatalog.jsonld.loader.HttpLoader;

/**
 * The CJM Studio JSON-LD context, published at {@link #ADDRESS} and shipped in this bundle as
 * {@code ontology/cjm-context.jsonld}. Exported JSON-LD refers to it by that address only, so files stay short and
 * read like plain JSON ({@code "title"}, {@code "stages"}), and other JSON-LD processors can expand them once the
 * address is served.
 * <p>
 * CJM Studio itself never fetches it: the {@link #options() options} it hands to the JSON-LD processor resolve the
 * address to the shipped file, so export and import work offline and cannot be changed by whatever a network
 * answers. Any other context a hand-written file names is refused unless the user allows contexts from the web
 * ({@link RemoteContexts}); a {@code file:} context is never read.
 */
public final class PublishedContext {

	public static final URI ADDRESS = URI.create("https://w3id.org/cjmstudio/context.jsonld");

	private static final DocumentLoader NO_OTHER_CONTEXT = (address, options) -> {
		throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "the context <" + address + "> is not "
				+ "read: CJM Studio reads only its own context, never a local file or the network on a file's say "
				+ "(cjm import --fetch-contexts allows contexts from the web)");
	};

	private static final DocumentLoader WEB = HttpLoader.defaultInstance();

	private static final DocumentLoader WEB_CONTEXTS_ONLY = (address, options) -> {
		String scheme = String.valueOf(address.getScheme());
		return scheme.equals("http") || scheme.equals("https") ? WEB.loadDocument(address, options)
				: NO_OTHER_CONTEXT.loadDocument(address, options);
	};

	private PublishedContext() {
	}

	/**
	 * Fresh options for one run of the processor (Jena sets the base IRI on them, so they are not shared) that read
	 * only the shipped context.
	 */
	public static JsonLdOptions options() {
		return options(RemoteContexts.REFUSE);
	}

	/** Fresh options reading the shipped context and, if {@code remote} allows it, contexts on the web. */
	public static JsonLdOptions options(RemoteContexts remote) {
		JsonLdOptions options = new JsonLdOptions();
		DocumentLoader others = remote == RemoteContexts.FETCH_FROM_WEB ? WEB_CONTEXTS_ONLY : NO_OTHER_CONTEXT;
		options.setDocumentLoader(new ShippedContextLoader(others));
		// Nodes and keys sorted: exporting the same map twice gives the same bytes.
		options.setOrdered(true);
		return options;
	}

	/** Serves {@link PublishedContext#ADDRESS} from the bundle and leaves every other address to {@code others}. */
	private record ShippedContextLoader(DocumentLoader others) implements DocumentLoader {

		@Override
		public Document loadDocument(URI address, DocumentLoaderOptions options) throws JsonLdError {
			if (!ADDRESS.equals(address)) {
				return others.loadDocument(address, options);
			}
			try (InputStream in = OntologyFiles.open(OntologyFiles.JSON_LD_CONTEXT)) {
				JsonDocument document = JsonDocument.of(in);
				document.setDocumentUrl(ADDRESS);
				return document;
			} catch (IOException e) {
				throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
						"cannot read the shipped context: " + e.getMessage());
			}
		}
	}
}
