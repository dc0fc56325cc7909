package org.cjmstudio.collab.client;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where a team repository is: an {@code http} or {@code https} address such as {@code https://cjm.example.org:3330}.
 * The maps' endpoints are under {@code /cjm/}, their SPARQL endpoint is {@code /repo/sparql}.
 */
public record RepositoryAddress(URI base) {

	public RepositoryAddress {
		String text = base.toString();
		base = URI.create(text.endsWith("/") ? text : text + "/");
	}

	/**
	 * Reads an address as a user typed it.
	 *
	 * @throws IllegalArgumentException saying what is wrong with it
	 */
	public static RepositoryAddress parse(String typed) {
		String text = typed == null ? "" : typed.strip();
		if (text.isEmpty()) {
			throw new IllegalArgumentException("Enter the address of the team repository, e.g. https://cjm.example.org:3330");
		}
		if (!text.contains("://")) {
			text = "http://" + text;
		}
		try {
			URI uri = new URI(text);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			if (!scheme.equals("http") && !scheme.equals("https")) {
				throw new IllegalArgumentException("'" + typed + "' is not an http or https address");
			}
			if (uri.getHost() == null) {
				throw new IllegalArgumentException("'" + typed + "' names no server");
			}
			return new RepositoryAddress(uri);
		} catch (URISyntaxException e) {
			throw new IllegalArgumentException("'" + typed + "' is not a valid address: " + e.getReason());
		}
	}

	public URI resolve(String path) {
		return base.resolve(path);
	}

	/** The SPARQL endpoint over the maps this user may read. */
	public URI sparqlEndpoint() {
		return resolve("repo/sparql");
	}

	@Override
	public String toString() {
		String text = base.toString();
		return text.substring(0, text.length() - 1);
	}
}
