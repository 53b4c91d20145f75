package cn.houqin.access.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.houqin.shared.security.CurrentUser;

@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "me", description = "The current user")
class MeApiController {

	private final MeView me;

	MeApiController(MeView me) {
		this.me = me;
	}

	@GetMapping
	@Operation(summary = "The current user, roles, permissions and data scope per permission")
	MeView.Me me(@AuthenticationPrincipal CurrentUser user) {
		return this.me.of(user);
	}

}
