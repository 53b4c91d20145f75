package cn.houqin.conduct;

import java.time.LocalDate;

/**
 * Event: a person's standing in a cycle rose to a new consequence level (or fell, when a
 * record was revoked or lowered; then {@code level} is below {@code previous}).
 */
public record ConductLevelReached(long tenantId, long staffId, LocalDate cycleStart, ConductLevel previous,
		ConductLevel level) {

}
