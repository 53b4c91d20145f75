package cn.houqin.calendar;

import java.time.LocalDate;

/**
 * A run of consecutive holiday days under one name, e.g. 国庆节 2026-10-01 … 2026-10-07.
 */
public record HolidayPeriod(String name, LocalDate firstDay, LocalDate lastDay) {

}
