package cn.houqin.supplies.domain;

import java.util.Arrays;
import java.util.Map;

import cn.houqin.shared.web.BusinessRuleException;

/**
 * A quote document as uploaded (报价单): PDF, JPEG or PNG whose bytes match the declared
 * type, at most {@value #MAX_MB} MB.
 *
 * @param fileName the name it was uploaded with
 * @param contentType the declared type
 * @param content the bytes
 */
public record QuoteAttachment(String fileName, String contentType, byte[] content) {

	public static final int MAX_MB = 10;

	static final int MAX_BYTES = MAX_MB * 1024 * 1024;

	private static final Map<String, byte[]> SIGNATURES = Map.of("application/pdf", new byte[] { '%', 'P', 'D', 'F' },
			"image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G' }, "image/jpeg",
			new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF });

	/** Refuses an empty, oversized or disallowed file; cleans the name. */
	QuoteAttachment checked(String field) {
		if (this.content == null || this.content.length == 0) {
			throw new BusinessRuleException(field, "supplies.quote.error.fileEmpty", this.fileName);
		}
		if (this.content.length > MAX_BYTES) {
			throw new BusinessRuleException(field, "supplies.quote.error.fileTooLarge", this.fileName, MAX_MB);
		}
		byte[] signature = this.contentType == null ? null : SIGNATURES.get(this.contentType);
		if (signature == null || this.content.length < signature.length
				|| !Arrays.equals(Arrays.copyOf(this.content, signature.length), signature)) {
			throw new BusinessRuleException(field, "supplies.quote.error.fileType", this.fileName);
		}
		String name = this.fileName == null || this.fileName.isBlank() ? "quote" : this.fileName;
		name = name.replaceAll("[\\\\/\\r\\n\"]", "_");
		return new QuoteAttachment(name.length() > 200 ? name.substring(name.length() - 200) : name, this.contentType,
				this.content);
	}

}
