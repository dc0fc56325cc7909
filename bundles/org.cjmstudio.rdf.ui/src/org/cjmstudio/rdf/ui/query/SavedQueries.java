package org.cjmstudio.rdf.ui.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The {@code .rq} files under this bundle's {@code queries/} folder, sorted by name. */
public final class SavedQueries {

	private static final String FOLDER = "queries";

	private SavedQueries() {
	}

	public static List<SavedQuery> all() {
		Bundle bundle = FrameworkUtil.getBundle(SavedQueries.class);
		Enumeration<URL> entries = bundle == null ? null : bundle.findEntries(FOLDER, "*.rq", false);
		if (entries == null) {
			return List.of();
		}
		List<SavedQuery> queries = new ArrayList<>();
		for (URL entry : Collections.list(entries)) {
			String path = entry.getPath();
			queries.add(SavedQuery.of(path.substring(path.lastIndexOf('/') + 1), read(entry)));
		}
		queries.sort(Comparator.comparing(SavedQuery::name));
		return List.copyOf(queries);
	}

	private static String read(URL entry) {
		try (InputStream in = entry.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot read the saved query " + entry + " from org.cjmstudio.rdf.ui", e);
		}
	}
}
