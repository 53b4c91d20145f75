package cn.houqin.repairs.domain;

/**
 * Seasonal maintenance (篇7): before the summer and winter breaks (rooms, desks, sports
 * equipment, heating), before the heating season (boiler checks).
 */
public enum Season {

	SUMMER_BREAK, WINTER_BREAK, HEATING_SEASON

}
