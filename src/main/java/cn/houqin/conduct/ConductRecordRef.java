package cn.houqin.conduct;

import java.time.LocalDate;

/**
 * A conduct record as another module may cite it: its id, the day of the conduct and the
 * offence's short name. Who was involved stays with the conduct module and its pages.
 */
public record ConductRecordRef(long id, LocalDate occurredOn, String offence) {
}
