package org.cjmstudio.collab.server.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted, slow password hashes for the repository's users file: PBKDF2 with HMAC-SHA-256, a random 16-byte salt per
 * user and 210,000 iterations (OWASP's 2023 advice), written as {@code PBKDF2:<iterations>:<salt>:<hash>} in Base64.
 * The file never holds a password, and two users with the same password get different hashes.
 */
public final class PasswordHashes {

	public static final String PREFIX = "PBKDF2:";
	private static final int ITERATIONS = 210_000;
	private static final int SALT_BYTES = 16;
	private static final int HASH_BITS = 256;
	private static final SecureRandom RANDOM = new SecureRandom();

	private PasswordHashes() {
	}

	public static String hash(char[] password) {
		byte[] salt = new byte[SALT_BYTES];
		RANDOM.nextBytes(salt);
		return PREFIX + ITERATIONS + ":" + base64(salt) + ":" + base64(derive(password, salt, ITERATIONS));
	}

	/** Whether {@code password} is the one {@code stored} (a {@link #hash} result) was made from. */
	public static boolean matches(String stored, char[] password) {
		String[] parts = stored.substring(PREFIX.length()).split(":");
		if (parts.length != 3) {
			return false;
		}
		try {
			int iterations = Integer.parseInt(parts[0]);
			byte[] salt = Base64.getDecoder().decode(parts[1]);
			byte[] expected = Base64.getDecoder().decode(parts[2]);
			return MessageDigest.isEqual(expected, derive(password, salt, iterations));
		} catch (IllegalArgumentException malformed) {
			return false;
		}
	}

	private static byte[] derive(char[] password, byte[] salt, int iterations) {
		try {
			PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
			return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("this Java has no PBKDF2WithHmacSHA256", e);
		}
	}

	private static String base64(byte[] bytes) {
		return Base64.getEncoder().withoutPadding().encodeToString(bytes);
	}
}
