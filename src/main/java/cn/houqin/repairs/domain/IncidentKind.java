package cn.houqin.repairs.domain;

/**
 * Kinds of incident (偶发性问题, 篇7): fire, electric shock, drowning, food poisoning,
 * epidemic, traffic accident and similar.
 */
public enum IncidentKind {

	FIRE, ELECTRIC_SHOCK, DROWNING, FOOD_POISONING, EPIDEMIC, TRAFFIC_ACCIDENT, OTHER

}
