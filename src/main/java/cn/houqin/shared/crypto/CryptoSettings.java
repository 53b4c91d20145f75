package cn.houqin.shared.crypto;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the field encryption key comes from: {@code houqin.crypto.key} (Base64 of 32
 * bytes, from the environment in production), or else a key file created on first start.
 *
 * @param key Base64-encoded 32-byte key
 * @param keyFile file holding the key when none is configured
 */
@ConfigurationProperties("houqin.crypto")
public record CryptoSettings(String key, Path keyFile) {

}
