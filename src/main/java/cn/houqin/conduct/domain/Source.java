package cn.houqin.conduct.domain;

/** Where the information came from (篇2 第十四条). */
public enum Source {

	/** 意见信箱. */
	MAILBOX,
	/** 来信来访. */
	LETTERS_VISITS,
	/** 群众问卷调查. */
	SURVEY,
	/** 监督投诉电话. */
	HOTLINE,
	/** 日常监督. */
	DAILY_SUPERVISION,
	/** 专项督查. */
	SPECIAL_INSPECTION

}
