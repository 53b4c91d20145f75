package cn.houqin.repairs.domain;

/**
 * Command: a fault reported (报修).
 *
 * @param location building and room, or blank when an asset gives it
 * @param assetId the asset scanned from its QR label, or {@code null}
 * @param category the kind of fault
 * @param description what is wrong
 * @param safetyHazard whether it endangers people (漏电, 燃气…)
 * @param blocksCoreWork whether it stops core work (teaching, clinical work…)
 */
public record NewReport(String location, Long assetId, Category category, String description, boolean safetyHazard,
		boolean blocksCoreWork) {

}
