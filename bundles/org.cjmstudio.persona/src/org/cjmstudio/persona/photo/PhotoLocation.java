package org.cjmstudio.persona.photo;

import java.net.URISyntaxException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;

/**
 * Where a persona's photo is, from what the map stores in {@code Persona.photo}: a path relative to the map file's
 * folder (how the editor stores photos next to the map, so a project can be moved or shared), an absolute path, a
 * {@code file:} or {@code platform:} URI, or a web address.
 */
public sealed interface PhotoLocation {

	/** The persona has no photo. */
	record NotSet() implements PhotoLocation {
	}

	record LocalFile(Path file) implements PhotoLocation {
	}

	record WebAddress(java.net.URI address) implements PhotoLocation {
	}

	/** What is stored cannot name a photo; {@code reason} says why, in words for the user. */
	record Unusable(String reason) implements PhotoLocation {
	}

	/** Resolves {@code photo} as stored in a persona of the map at {@code mapUri} ({@code null} if unsaved). */
	static PhotoLocation of(String photo, URI mapUri) {
		if (photo == null || photo.isBlank()) {
			return new NotSet();
		}
		String value = photo.strip();
		return hasScheme(value) ? fromUri(value) : fromPath(value, mapUri);
	}

	/**
	 * What to store for a photo file the user chose: its path relative to the map's folder when it lies inside that
	 * folder (with {@code /}, so the map opens alike on every system), its absolute path otherwise.
	 */
	static String toStore(Path chosen, URI mapUri) {
		Path file = chosen.toAbsolutePath().normalize();
		Path folder = folderOf(mapUri);
		if (folder != null && file.startsWith(folder)) {
			return folder.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
		}
		return file.toString();
	}

	/** The folder of the map file, or {@code null} when the map is not saved in a local folder. */
	static Path folderOf(URI mapUri) {
		if (mapUri == null) {
			return null;
		}
		URI local = mapUri.isFile() ? mapUri : CommonPlugin.asLocalURI(mapUri);
		return local.isFile() ? Path.of(local.toFileString()).toAbsolutePath().getParent() : null;
	}

	/** At least two letters before the colon: {@code C:\photos\lena.jpg} is a Windows path, not a URI. */
	private static boolean hasScheme(String value) {
		return Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]+:").matcher(value).lookingAt();
	}

	private static PhotoLocation fromUri(String value) {
		java.net.URI uri;
		try {
			uri = new java.net.URI(value);
		} catch (URISyntaxException e) {
			return new Unusable("'" + value + "' is not a valid address: " + e.getReason() + ".");
		}
		String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
		switch (scheme) {
			case "http", "https":
				return new WebAddress(uri);
			case "file":
				try {
					return new LocalFile(Path.of(uri));
				} catch (IllegalArgumentException | FileSystemNotFoundException e) {
					return new Unusable("'" + value + "' is not a valid file address: " + e.getMessage());
				}
			case "platform":
				URI local = CommonPlugin.asLocalURI(URI.createURI(value));
				return local.isFile() ? new LocalFile(Path.of(local.toFileString()))
						: new Unusable("'" + value + "' names no file in the workspace.");
			default:
				return new Unusable("Photos can come from files and web addresses (http, https), not from '" + scheme
						+ ":' addresses such as '" + value + "'.");
		}
	}

	private static PhotoLocation fromPath(String value, URI mapUri) {
		Path path;
		try {
			path = Path.of(value);
		} catch (InvalidPathException e) {
			return new Unusable("'" + value + "' is not a valid file path: " + e.getReason() + ".");
		}
		if (path.isAbsolute()) {
			return new LocalFile(path);
		}
		Path folder = folderOf(mapUri);
		if (folder == null) {
			return new Unusable("The photo '" + value + "' is relative to the map's folder, but the map is not"
					+ " saved in a folder yet.");
		}
		return new LocalFile(folder.resolve(path).normalize());
	}
}
