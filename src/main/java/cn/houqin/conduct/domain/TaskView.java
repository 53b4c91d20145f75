package cn.houqin.conduct.domain;

import java.time.LocalDate;

import cn.houqin.conduct.ConductLevel;
import cn.houqin.conduct.ConductLevel.Consequence;

/** A consequence task. */
public record TaskView(long id, long version, long staffId, String name, String unitName, LocalDate cycleStart,
		ConductLevel level, Consequence kind, TaskStatus status, String minutes) {

}
