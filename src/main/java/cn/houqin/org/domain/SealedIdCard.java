package cn.houqin.org.domain;

/**
 * An ID-card number as stored: encrypted, blind-indexed and masked.
 */
record SealedIdCard(String cipher, String index, String masked) {

}
