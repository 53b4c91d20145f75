package cn.houqin.access.domain;

import java.time.Instant;

/**
 * A personal API token as its owner sees it (never the token itself).
 */
public record TokenView(long id, String name, String tokenPrefix, Instant expiresAt, Instant lastUsedAt,
		boolean revoked) {

	static TokenView of(ApiToken token) {
		return new TokenView(token.getId(), token.getName(), token.getTokenPrefix(), token.getExpiresAt(),
				token.getLastUsedAt(), token.isRevoked());
	}

}
