package cn.houqin.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over a canonical string of every stored field of an entry plus the hash of the
 * entry before it. Each field is written as {@code length:value|} ({@code -|} for null),
 * so no two different entries share a canonical string.
 */
final class ChainHash {

	/** The "previous hash" of the first entry of every chain. */
	static final String GENESIS = "0".repeat(64);

	private static final String VERSION = "v1|";

	private ChainHash() {
	}

	static String of(PendingEntry entry, long seq, String prevHash) {
		return sha256(canonical(entry, seq, prevHash));
	}

	static String canonical(PendingEntry entry, long seq, String prevHash) {
		StringBuilder out = new StringBuilder(VERSION);
		field(out, Long.toString(entry.tenantId()));
		field(out, Long.toString(seq));
		field(out, Long.toString(entry.occurredAt().toEpochMilli()));
		field(out, entry.actorId() == null ? null : Long.toString(entry.actorId()));
		field(out, entry.actorName());
		field(out, entry.clientAddress());
		field(out, entry.action());
		field(out, entry.entityType());
		field(out, entry.entityId());
		field(out, entry.changes());
		field(out, entry.details());
		field(out, prevHash);
		return out.toString();
	}

	private static void field(StringBuilder out, String value) {
		if (value == null) {
			out.append("-|");
		}
		else {
			out.append(value.length()).append(':').append(value).append('|');
		}
	}

	private static String sha256(String text) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

}
