package cn.houqin.document;

/**
 * The work of a confirmed import, run in the background in one transaction: everything it
 * writes is committed together, or nothing is when it throws.
 */
@FunctionalInterface
public interface ImportTask {

	ImportOutcome run(ImportProgress progress);

}
