package cn.houqin.shared.crypto;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Provides the {@link FieldCipher}. The key is never in the repository: it is configured,
 * or generated once into a key file beside the data (readable by the owner only).
 */
@Configuration(proxyBeanMethods = false)
class CryptoConfig {

	private static final Logger log = LoggerFactory.getLogger(CryptoConfig.class);

	@Bean
	FieldCipher fieldCipher(CryptoSettings settings) throws IOException {
		if (settings.key() != null && !settings.key().isBlank()) {
			return new FieldCipher(Base64.getDecoder().decode(settings.key().trim()));
		}
		Path file = settings.keyFile() != null ? settings.keyFile() : Path.of("data", "houqin.key");
		if (Files.exists(file)) {
			return new FieldCipher(
					Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).trim()));
		}
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		Path parent = file.toAbsolutePath().getParent();
		Files.createDirectories(parent);
		Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			log.debug("Key file permissions not set on this file system");
		}
		log.warn("No houqin.crypto.key configured: generated a field encryption key in {}", file.toAbsolutePath());
		return new FieldCipher(key);
	}

}
