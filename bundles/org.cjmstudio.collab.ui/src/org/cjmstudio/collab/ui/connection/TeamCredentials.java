package org.cjmstudio.collab.ui.connection;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import javax.crypto.spec.PBEKeySpec;

import org.cjmstudio.collab.client.RepositoryAddress;
import org.cjmstudio.collab.client.RepositoryClient;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Remembers how to connect: the address and the user name in the workbench's preferences (they are not secret), the
 * password only in Eclipse secure storage, encrypted, never in plain text.
 * <p>
 * Eclipse's secure storage needs a master password. The platform gets it from the desktop's key ring or asks for it
 * (org.eclipse.equinox.security.ui / .linux), but those bundles are not on Maven Central, so CJM Studio gives the
 * storage a random master password kept in a file only the user may read ({@code ~/.cjmstudio/secure_storage.key},
 * next to {@code secure_storage}), as Eclipse's own {@code -eclipse.password} option does. So a copy of the storage
 * file alone reveals nothing; someone who can read the user's home folder can, as with any saved password.
 */
public final class TeamCredentials {

	/** Set by tests to keep the storage out of the user's home folder. */
	static final String FOLDER_PROPERTY = "cjm.secure.storage";
	private static final String PREFERENCES = "org.cjmstudio.collab.ui";
	private static final String ADDRESS = "address";
	private static final String USER = "user";
	private static final String PASSWORD = "password";

	/** What was remembered; {@code password} is null when the user chose not to keep it. */
	public record Remembered(String address, String user, char[] password) {

		/** A client from what was remembered, if it includes the password. */
		public Optional<RepositoryClient> client() {
			if (password == null || address == null || user == null) {
				return Optional.empty();
			}
			try {
				return Optional.of(new RepositoryClient(RepositoryAddress.parse(address), user, password));
			} catch (IllegalArgumentException badAddress) {
				return Optional.empty();
			}
		}
	}

	private TeamCredentials() {
	}

	/** The last address and user that connected, and the password if it was kept. */
	public static Optional<Remembered> remembered() {
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(PREFERENCES);
		String address = preferences.get(ADDRESS, null);
		if (address == null) {
			return Optional.empty();
		}
		String user = preferences.get(USER, "");
		char[] password = null;
		try {
			String kept = node(address, user).get(PASSWORD, null);
			password = kept == null ? null : kept.toCharArray();
		} catch (StorageException | IOException e) {
			ILog.of(TeamCredentials.class).warn("The password kept for " + user + " at " + address
					+ " cannot be read from the secure storage; you are asked for it again.", e);
		}
		return Optional.of(new Remembered(address, user, password));
	}

	/**
	 * A client for {@code user} at {@code address} with the password kept for them, if one is kept (a team map the
	 * workbench reopens after a restart may be on another repository than the last connection).
	 */
	public static Optional<RepositoryClient> client(RepositoryAddress address, String user) {
		try {
			String kept = node(address.toString(), user).get(PASSWORD, null);
			return kept == null ? Optional.empty() : Optional.of(new RepositoryClient(address, user, kept.toCharArray()));
		} catch (StorageException | IOException e) {
			ILog.of(TeamCredentials.class).warn("The password kept for " + user + " at " + address
					+ " cannot be read from the secure storage.", e);
			return Optional.empty();
		}
	}

	/**
	 * Remembers a connection that worked. With {@code keepPassword} false an earlier kept password is removed.
	 *
	 * @throws IOException when the secure storage cannot be written (the message says why)
	 */
	public static void remember(RepositoryClient client, char[] password, boolean keepPassword) throws IOException {
		String address = client.address().toString();
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(PREFERENCES);
		preferences.put(ADDRESS, address);
		preferences.put(USER, client.user());
		try {
			preferences.flush();
		} catch (BackingStoreException e) {
			throw new IOException("The address could not be remembered: " + e.getMessage(), e);
		}
		try {
			ISecurePreferences node = node(address, client.user());
			if (keepPassword) {
				node.put(PASSWORD, new String(password), true);
			} else {
				node.remove(PASSWORD);
			}
			node.flush();
		} catch (StorageException e) {
			throw new IOException("The password could not be kept in the secure storage: " + e.getMessage(), e);
		}
	}

	private static ISecurePreferences node(String address, String user) throws IOException, StorageException {
		ISecurePreferences root = storage();
		if (root == null) {
			throw new IOException("The secure storage cannot be opened.");
		}
		// node names may not contain '/', addresses do
		return root.node("org.cjmstudio.collab").node(EncodingUtils.encodeSlashes(address))
				.node(EncodingUtils.encodeSlashes(user));
	}

	private static ISecurePreferences storage() throws IOException {
		Path folder = folder();
		if (!Files.isDirectory(folder)) {
			try {
				Files.createDirectories(folder,
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
			} catch (UnsupportedOperationException notPosix) {
				Files.createDirectories(folder);
			}
		}
		Map<Object, Object> options = new HashMap<>();
		options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec(masterPassword(folder)));
		options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
		try {
			URL location = folder.resolve("secure_storage").toUri().toURL();
			return SecurePreferencesFactory.open(location, options);
		} catch (MalformedURLException e) {
			throw new IOException("The secure storage's folder " + folder + " has no usable address", e);
		}
	}

	private static Path folder() {
		String configured = System.getProperty(FOLDER_PROPERTY);
		return configured != null ? Path.of(configured) : Path.of(System.getProperty("user.home"), ".cjmstudio");
	}

	/** The storage's master password: made once, at random, in a file only the user may read. */
	private static char[] masterPassword(Path folder) throws IOException {
		Path key = folder.resolve("secure_storage.key");
		if (!Files.exists(key)) {
			byte[] random = new byte[32];
			new SecureRandom().nextBytes(random);
			try {
				Files.createFile(key, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			} catch (UnsupportedOperationException notPosix) {
				Files.createFile(key);
			} catch (FileAlreadyExistsException madeMeanwhile) {
				return Files.readString(key, StandardCharsets.US_ASCII).strip().toCharArray();
			}
			Files.writeString(key, Base64.getEncoder().encodeToString(random), StandardCharsets.US_ASCII);
		}
		return Files.readString(key, StandardCharsets.US_ASCII).strip().toCharArray();
	}
}
