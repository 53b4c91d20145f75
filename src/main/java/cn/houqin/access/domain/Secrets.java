package cn.houqin.access.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Random passwords and tokens, and token digests.
 */
final class Secrets {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

	private Secrets() {
	}

	/** A random password with letters and digits that satisfies the password policy. */
	static String password(int length) {
		while (true) {
			StringBuilder out = new StringBuilder(length);
			for (int i = 0; i < length; i++) {
				out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
			}
			String candidate = out.toString();
			if (candidate.chars().anyMatch(Character::isDigit) && candidate.chars().anyMatch(Character::isLetter)) {
				return candidate;
			}
		}
	}

	static String token() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return "hq_" + HexFormat.of().formatHex(bytes);
	}

	static String sha256(String value) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
