package cn.houqin.document;

/**
 * What a confirmed import wrote.
 *
 * @param imported rows written
 * @param skipped rows left out because they were refused (importing valid rows only)
 */
public record ImportOutcome(int imported, int skipped) {

}
