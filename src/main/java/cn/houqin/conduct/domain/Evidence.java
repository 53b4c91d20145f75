package cn.houqin.conduct.domain;

import java.util.Arrays;
import java.util.Map;

import cn.houqin.shared.web.BusinessRuleException;

/**
 * An uploaded file (evidence or a signed notice): at most 5 MB, PDF or image, whose bytes
 * match the declared type.
 */
public record Evidence(String fileName, String contentType, byte[] content) {

	static final int MAX_BYTES = 5 * 1024 * 1024;

	private static final Map<String, byte[]> SIGNATURES = Map.of("application/pdf", new byte[] { '%', 'P', 'D', 'F' },
			"image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G' }, "image/jpeg",
			new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF });

	/** Refuses an empty, oversized or disallowed file. */
	public Evidence checked(String field) {
		if (this.content == null || this.content.length == 0) {
			throw new BusinessRuleException(field, "conduct.error.fileEmpty");
		}
		if (this.content.length > MAX_BYTES) {
			throw new BusinessRuleException(field, "conduct.error.fileTooLarge", MAX_BYTES / (1024 * 1024));
		}
		byte[] signature = this.contentType == null ? null : SIGNATURES.get(this.contentType);
		if (signature == null || this.content.length < signature.length
				|| !Arrays.equals(Arrays.copyOf(this.content, signature.length), signature)) {
			throw new BusinessRuleException(field, "conduct.error.fileType");
		}
		String name = this.fileName == null || this.fileName.isBlank() ? "file" : this.fileName;
		name = name.replaceAll("[\\\\/\\r\\n\"]", "_");
		return new Evidence(name.length() > 200 ? name.substring(name.length() - 200) : name, this.contentType,
				this.content);
	}

}
