package cn.houqin.standards;

/**
 * What a standard (标准) governs.
 */
public enum StandardSubject {

	VEHICLE, RECEPTION, MEETING, TRAVEL, PROCUREMENT, ASSET, EQUIPMENT, OFFICE_SPACE

}
