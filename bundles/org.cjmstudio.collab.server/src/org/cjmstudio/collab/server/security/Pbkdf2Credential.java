package org.cjmstudio.collab.server.security;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.eclipse.jetty.util.security.Credential;
import org.eclipse.jetty.util.security.CredentialProvider;

/**
 * Lets Jetty's login service (which Fuseki's users file feeds) check {@link PasswordHashes}: Jetty finds the
 * {@link Provider} through {@code java.util.ServiceLoader} and asks it for every stored credential that starts with
 * {@code PBKDF2:}. A PBKDF2 check is slow on purpose (about 0.1 s), and HTTP Basic sends the password with every
 * request, so once a password has been checked its keyed digest (HMAC with a key that lives only in this process's
 * memory) is remembered and the next requests compare against that instead.
 */
public final class Pbkdf2Credential extends Credential {

	private static final long serialVersionUID = 1L;
	private static final byte[] PROCESS_KEY = new byte[32];

	static {
		new SecureRandom().nextBytes(PROCESS_KEY);
	}

	private final String stored;
	private transient volatile byte[] verified;

	Pbkdf2Credential(String stored) {
		this.stored = stored;
	}

	@Override
	public boolean check(Object credentials) {
		char[] password = credentials instanceof char[] chars ? chars
				: credentials instanceof String text ? text.toCharArray() : null;
		if (password == null) {
			return credentials instanceof Pbkdf2Credential other && other.stored.equals(stored);
		}
		byte[] digest = keyedDigest(password);
		byte[] known = verified;
		if (known != null && MessageDigest.isEqual(known, digest)) {
			return true;
		}
		if (PasswordHashes.matches(stored, password)) {
			verified = digest;
			return true;
		}
		return false;
	}

	private static byte[] keyedDigest(char[] password) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(PROCESS_KEY, "HmacSHA256"));
			ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
			mac.update(bytes);
			return mac.doFinal();
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("this Java has no HmacSHA256", e);
		}
	}

	/** The service Jetty loads. */
	public static final class Provider implements CredentialProvider {

		@Override
		public Credential getCredential(String credential) {
			return new Pbkdf2Credential(credential);
		}

		@Override
		public String getPrefix() {
			return PasswordHashes.PREFIX;
		}
	}
}
