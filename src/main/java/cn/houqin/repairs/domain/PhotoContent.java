package cn.houqin.repairs.domain;

/**
 * A stored photo's bytes.
 */
public record PhotoContent(String fileName, String contentType, byte[] content) {

}
