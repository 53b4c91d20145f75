package cn.houqin.supplies.domain;

import java.time.LocalDate;

/**
 * Filters of the damage list; every part optional.
 *
 * @param query part of what was damaged or the description
 * @param decided {@code true} decided only, {@code false} undecided only
 * @param from damaged on or after
 * @param to damaged on or before
 */
public record DamageFilter(String query, Boolean decided, LocalDate from, LocalDate to) {

}
