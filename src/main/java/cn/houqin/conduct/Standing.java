package cn.houqin.conduct;

import java.time.LocalDate;
import java.util.List;

import cn.houqin.conduct.ConductLevel.Consequence;

/**
 * A person's standing on a date (篇2 第十三条, 第二十条): the cycle it falls in, the cycle total
 * and largest single record over confirmed and provisional records, and the level with
 * its consequences.
 *
 * @param cycleStart first day of the cycle (the validation date)
 * @param cycleEnd last day of the cycle (the day before the next validation date)
 * @param provisional points of records still under appeal or not yet signed, included in
 * the total
 */
public record Standing(long staffId, LocalDate cycleStart, LocalDate cycleEnd, int total, int largestSingle,
		ConductLevel level, List<Consequence> consequences, int provisional) {

	public Standing {
		consequences = List.copyOf(consequences);
	}

	/** 年度考核不得评为优秀: from level L3. */
	public boolean excellentBarred() {
		return this.level.atLeast(ConductLevel.L3);
	}

	/** 年度考核按不合格处理: level L4. */
	public boolean appraisalFailed() {
		return this.level == ConductLevel.L4;
	}

	/** 取消当年晋升、晋级资格: level L4. */
	public boolean promotionBarred() {
		return this.level == ConductLevel.L4;
	}

}
