package cn.houqin.conduct.domain;

/** The leadership's decision on an appeal (篇2 第十九条: 更正和撤销). */
public enum AppealOutcome {

	/** 维持. */
	UPHOLD,
	/** 更正: another allowed value. */
	CHANGE,
	/** 撤销. */
	REVOKE

}
