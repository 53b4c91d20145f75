package cn.houqin.approval.web;

import cn.houqin.approval.domain.Decision;
import cn.houqin.shared.web.NotFoundException;

/**
 * The action names in URLs: approve, reject, return.
 */
final class Decisions {

	private Decisions() {
	}

	static Decision of(String name) {
		return switch (name) {
			case "approve" -> Decision.APPROVE;
			case "reject" -> Decision.REJECT;
			case "return" -> Decision.RETURN;
			default -> throw new NotFoundException("Action", name);
		};
	}

}
