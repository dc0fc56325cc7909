package org.cjmstudio.rdf.ui.query;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.query.QueryException;
import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.osgi.framework.Bundle;

/**
 * The saved queries contributed to {@code org.cjmstudio.queries}: CJM Studio's own (this bundle's {@code queries/})
 * and every plugin's, each an {@code .rq} file in its plugin. A broken contribution (no id or name, a file the plugin
 * does not ship, a text that is not SPARQL, an id already taken) is left out with a warning naming its plugin, so one
 * bad plugin never empties the SPARQL view. Warnings, not errors: the workbench's start check treats a logged error
 * as a failed start.
 */
public final class SavedQueries {

	public static final String EXTENSION_POINT = "org.cjmstudio.queries";

	/** The order of a contribution that states none: after CJM Studio's own queries (10 to 40). */
	public static final int DEFAULT_ORDER = 500;

	private static final String OWN_PLUGIN = "org.cjmstudio.rdf.ui";

	private static final Comparator<SavedQuery> ORDER = Comparator.comparingInt(SavedQuery::order)
			.thenComparing(SavedQuery::name, String.CASE_INSENSITIVE_ORDER).thenComparing(SavedQuery::id);

	private SavedQueries() {
	}

	/** The installed saved queries in the view's order: lower order first, equal orders by name, then id. */
	public static List<SavedQuery> all() {
		List<SavedQuery> read = new ArrayList<>();
		for (IConfigurationElement element : Platform.getExtensionRegistry()
				.getConfigurationElementsFor(EXTENSION_POINT)) {
			SavedQuery query = "query".equals(element.getName()) ? query(element) : null;
			if (query != null) {
				read.add(query);
			}
		}
		// of two queries with one id, CJM Studio's own wins, then the one read first: a plugin cannot replace ours
		read.sort(Comparator.comparing(query -> !query.plugin().equals(OWN_PLUGIN)));
		List<SavedQuery> queries = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (SavedQuery query : read) {
			if (ids.add(query.id())) {
				queries.add(query);
			} else {
				warn(query.plugin(), "its query id '" + query.id() + "' is taken by another plugin");
			}
		}
		queries.sort(ORDER);
		return List.copyOf(queries);
	}

	private static SavedQuery query(IConfigurationElement element) {
		String plugin = element.getContributor().getName();
		String id = element.getAttribute("id");
		String name = element.getAttribute("name");
		String file = element.getAttribute("file");
		if (id == null || id.isBlank() || name == null || name.isBlank() || file == null || file.isBlank()) {
			warn(plugin, "a query without an id, a name or a file");
			return null;
		}
		try {
			int order = order(element.getAttribute("order"));
			String text = read(ContributorFactoryOSGi.resolve(element.getContributor()), file);
			if (text == null) {
				warn(plugin, "its query '" + id + "' names the file '" + file + "', which the plugin does not ship");
				return null;
			}
			MapQuery.parse(text);
			String fileName = file.substring(file.lastIndexOf('/') + 1);
			return new SavedQuery(id, name.strip(), element.getAttribute("description"), plugin, fileName, text,
					order);
		} catch (NumberFormatException e) {
			warn(plugin, "its query '" + id + "' has the order '" + element.getAttribute("order")
					+ "', which is not a whole number");
		} catch (QueryException e) {
			warn(plugin, "its query '" + id + "' (" + file + ") is not SPARQL: " + e.getMessage());
		} catch (IOException | RuntimeException e) {
			warn(plugin, "its query '" + id + "' (" + file + ") cannot be read: " + e.getMessage());
		}
		return null;
	}

	private static int order(String value) {
		return value == null || value.isBlank() ? DEFAULT_ORDER : Integer.parseInt(value.strip());
	}

	/** The file's text, or null when the bundle has no such entry. */
	private static String read(Bundle bundle, String file) throws IOException {
		URL entry = bundle == null ? null : bundle.getEntry(file);
		if (entry == null) {
			return null;
		}
		try (InputStream in = entry.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static void warn(String plugin, String problem) {
		ILog.of(SavedQueries.class).log(Status.warning("Saved queries of plugin '" + plugin + "' left out: "
				+ problem));
	}
}
