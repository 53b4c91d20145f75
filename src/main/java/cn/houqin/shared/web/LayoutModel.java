package cn.houqin.shared.web;

import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

import cn.houqin.shared.security.CurrentUser;

/**
 * Puts what the layout shows on every page into the model: the navigation the user may
 * open and the counts of work waiting for them. Skipped for htmx fragment requests and
 * for JSON handlers ({@code @RestController} is a {@code @Controller} too), which render
 * no layout.
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

	private final List<NavigationItem> navigation;

	private final List<PendingWork> pendingWork;

	private final boolean demo;

	LayoutModel(List<NavigationItem> navigation, List<PendingWork> pendingWork, Environment environment) {
		this.navigation = navigation.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
		this.pendingWork = pendingWork;
		this.demo = environment.acceptsProfiles(Profiles.of("demo"));
	}

	@ModelAttribute
	void layout(HttpServletRequest request, org.springframework.ui.Model model) {
		if (rendersJson(request)) {
			return;
		}
		model.addAttribute("demoMode", this.demo);
		model.addAttribute("currentPath", request.getRequestURI());
		if (Htmx.isHtmx(request)) {
			return;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) {
			return;
		}
		List<NavigationItem> permitted = this.navigation.stream()
			.filter(item -> item.permission() == null || user.can(item.permission()))
			.toList();
		model.addAttribute("navigation", permitted);
		model.addAttribute("navigationGroups", NavigationGroup.of(permitted));
		List<PendingWork.PendingItem> pending = this.pendingWork.stream()
			.flatMap(work -> work.pendingFor(user).stream())
			.filter(item -> item.count() > 0)
			.toList();
		model.addAttribute("pendingWork", pending);
		model.addAttribute("pendingTotal", pending.stream().mapToLong(PendingWork.PendingItem::count).sum());
	}

	private static boolean rendersJson(HttpServletRequest request) {
		return request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler
				&& (handler.hasMethodAnnotation(ResponseBody.class)
						|| AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class));
	}

}
