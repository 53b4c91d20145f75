package cn.houqin.conduct.domain;

import java.time.LocalDate;

import cn.houqin.shared.web.BusinessRuleException;

/**
 * Refusal of an appeal filed after its window (篇2 第十九条), naming the last day it was open.
 */
public class AppealTooLate extends BusinessRuleException {

	private final LocalDate deadline;

	AppealTooLate(LocalDate deadline) {
		super("reason", "conduct.error.appealLate", deadline);
		this.deadline = deadline;
	}

	public LocalDate deadline() {
		return this.deadline;
	}

}
