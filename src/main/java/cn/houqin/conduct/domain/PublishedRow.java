package cn.houqin.conduct.domain;

import java.time.LocalDate;

/** A line of the disclosure (公示, 篇2 第十八条) or of a record list. */
public record PublishedRow(long recordId, LocalDate occurredOn, String name, String unitName, String offenceCode,
		String offenceName, int points, EntryStatus status) {

}
