package cn.houqin.conduct.domain;

/** One person of an incident and the points for their share of responsibility. */
public record PersonPoints(long staffId, long unitId, int points) {

}
