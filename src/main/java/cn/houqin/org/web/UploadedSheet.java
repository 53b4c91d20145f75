package cn.houqin.org.web;

import java.io.Serializable;

/**
 * An uploaded import file kept in the HTTP session between the dry run and the user's
 * confirmation (at most the multipart limit, 20 MB).
 */
record UploadedSheet(String filename, byte[] content) implements Serializable {

	static final String SESSION_ATTRIBUTE = UploadedSheet.class.getName();

}
