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
import com.apicatalog.jsonld.loader.SchemeRouter;

/**
 * The CJM Studio JSON-LD context, published at {@link #ADDRESS} and shipped in this bundle as
 * {@code ontology/cjm-context.jsonld}. Exported JSON-LD refers to it by that address only, so files stay short and
 * read like plain JSON ({@code "title"}, {@code "stages"}), and other JSON-LD processors can expand them once the
 * address is served.
 * <p>
 * CJM Studio itself never fetches it: the {@link #options() options} it hands to the JSON-LD processor resolve the
 * address to the shipped file, so export and import work offline and cannot be changed by whatever a network
 * answers. Any other remote context a hand-written file names is fetched as usual.
 */
public final class PublishedContext {

	public static final URI ADDRESS = URI.create("https://w3id.org/cjmstudio/context.jsonld");

	private PublishedContext() {
	}

	/** Fresh options for one run of the processor (Jena sets the base IRI on them, so they are not shared). */
	public static JsonLdOptions options() {
		JsonLdOptions options = new JsonLdOptions();
		options.setDocumentLoader(new ShippedContextLoader(SchemeRouter.defaultInstance()));
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
