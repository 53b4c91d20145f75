package cn.houqin.approval.domain;

import java.util.Arrays;
import java.util.Map;

import cn.houqin.shared.web.BusinessRuleException;

/**
 * A file to attach: at most 5 MB, of a type an approver can open (PDF, image, Office),
 * and whose bytes match the declared type.
 */
public record Upload(String fileName, String contentType, byte[] content) {

	public static final int MAX_BYTES = 5 * 1024 * 1024;

	private static final byte[] PDF = { '%', 'P', 'D', 'F' };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G' };

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final Map<String, byte[]> SIGNATURES = Map.of("application/pdf", PDF, "image/png", PNG, "image/jpeg",
			JPEG, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP,
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP);

	/**
	 * Refuses an empty, oversized or disallowed file, or one whose content is not its
	 * type.
	 */
	public Upload checked() {
		if (this.content == null || this.content.length == 0) {
			throw new BusinessRuleException("file", "approval.attachment.error.empty");
		}
		if (this.content.length > MAX_BYTES) {
			throw new BusinessRuleException("file", "approval.attachment.error.tooLarge", MAX_BYTES / (1024 * 1024));
		}
		byte[] signature = this.contentType == null ? null : SIGNATURES.get(this.contentType);
		if (signature == null || this.content.length < signature.length
				|| !Arrays.equals(Arrays.copyOf(this.content, signature.length), signature)) {
			throw new BusinessRuleException("file", "approval.attachment.error.type");
		}
		String name = this.fileName == null || this.fileName.isBlank() ? "attachment" : this.fileName;
		name = name.replaceAll("[\\\\/\\r\\n\"]", "_");
		return new Upload(name.length() > 200 ? name.substring(name.length() - 200) : name, this.contentType,
				this.content);
	}

}
