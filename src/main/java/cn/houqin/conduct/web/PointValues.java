package cn.houqin.conduct.web;

import java.util.List;

import org.springframework.context.annotation.Lazy;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import cn.houqin.conduct.domain.ConductPolicyService;
import cn.houqin.shared.security.DataScopes;

/**
 * The tenant's allowed point values for the pages that offer them. The policy service is
 * looked up on first use: advice beans are also created by web slice tests of other
 * modules, whose contexts hold no conduct services.
 */
@ControllerAdvice(assignableTypes = { RecordController.class, RecordDetailController.class, OffenceController.class })
class PointValues {

	private final ConductPolicyService policies;

	PointValues(@Lazy ConductPolicyService policies) {
		this.policies = policies;
	}

	@ModelAttribute("pointValues")
	List<Integer> pointValues() {
		return this.policies.policy(DataScopes.currentUser().tenantId()).allowedPoints();
	}

}
