package cn.houqin.conduct;

import java.time.LocalDate;

/**
 * Event: a person's points in a record became final: the appeal window closed without an
 * appeal, or the leadership upheld or changed them.
 */
public record ConductRecordConfirmed(long tenantId, long recordId, long staffId, int points, LocalDate occurredOn) {

}
