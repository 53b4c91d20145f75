package cn.houqin.conduct;

import java.util.List;

/**
 * Consequence level (篇2 第二十条), the highest that applies to a cycle's standing. "6分以下" and
 * "6分以上" both include 6 under the legal convention; the default bounds are resolved as L1
 * 1–5, L2 6–8, L3 from 9 or any single 6, L4 from 12 or any single 12, and a tenant's
 * {@link ConductPolicy} may change them.
 */
public enum ConductLevel {

	NONE(List.of()),

	L1(List.of(Consequence.TALK_BY_DEPT_HEAD)),

	L2(List.of(Consequence.TALK_BY_OFFICE_HEAD)),

	L3(List.of(Consequence.PUBLIC_CRITICISM, Consequence.NOT_EXCELLENT, Consequence.KEY_SUPERVISION)),

	L4(List.of(Consequence.PUBLIC_CRITICISM, Consequence.APPRAISAL_FAILED, Consequence.NO_PROMOTION));

	private final List<Consequence> consequences;

	ConductLevel(List<Consequence> consequences) {
		this.consequences = consequences;
	}

	public List<Consequence> consequences() {
		return this.consequences;
	}

	/**
	 * The level of a cycle total and its largest single record under the seed's bounds.
	 */
	public static ConductLevel of(int total, int largestSingle) {
		return ConductPolicy.DEFAULTS.level(total, largestSingle);
	}

	/** Whether this level is at least the other. */
	public boolean atLeast(ConductLevel other) {
		return compareTo(other) >= 0;
	}

	/** What a level leads to; the follow-up tasks and the performance module's flags. */
	public enum Consequence {

		/** 科室负责人诫勉谈话. */
		TALK_BY_DEPT_HEAD,
		/** 办公室负责人诫勉谈话. */
		TALK_BY_OFFICE_HEAD,
		/** 全院通报批评. */
		PUBLIC_CRITICISM,
		/** 年度考核不得评为优秀, 定为重点对象. */
		NOT_EXCELLENT,
		/** 重点对象, 加强监管. */
		KEY_SUPERVISION,
		/** 年度考核按不合格处理. */
		APPRAISAL_FAILED,
		/** 取消当年晋升、晋级资格. */
		NO_PROMOTION

	}

}
