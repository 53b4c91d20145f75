package cn.houqin.repairs.domain;

import java.util.Set;

import cn.houqin.shared.web.BusinessRuleException;

/**
 * A photo as uploaded: JPEG, PNG or WebP, at most 5 MB.
 */
public record PhotoUpload(String fileName, String contentType, byte[] content) {

	public static final long MAX_BYTES = 5L * 1024 * 1024;

	static final Set<String> TYPES = Set.of("image/jpeg", "image/png", "image/webp");

	public PhotoUpload {
		if (contentType == null || !TYPES.contains(contentType)) {
			throw new BusinessRuleException("photos", "repairs.error.photoType");
		}
		if (content == null || content.length == 0 || content.length > MAX_BYTES) {
			throw new BusinessRuleException("photos", "repairs.error.photoSize", MAX_BYTES / 1024 / 1024);
		}
		fileName = fileName == null || fileName.isBlank() ? "photo" : fileName.strip();
		if (fileName.length() > 200) {
			fileName = fileName.substring(fileName.length() - 200);
		}
	}

}
