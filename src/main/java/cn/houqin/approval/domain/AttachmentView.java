package cn.houqin.approval.domain;

/**
 * An attachment as listed on the approval page.
 */
public record AttachmentView(long id, Long taskId, String fileName, String contentType, long size) {

}
