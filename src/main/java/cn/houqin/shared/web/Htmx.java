package cn.houqin.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * htmx request helpers.
 */
public final class Htmx {

	private Htmx() {
	}

	public static boolean isHtmx(HttpServletRequest request) {
		return "true".equals(request.getHeader("HX-Request"));
	}

	/** The fragment name of a page when htmx asks for part of it, or the whole page. */
	public static String view(HttpServletRequest request, String page, String fragment) {
		return isHtmx(request) && !"true".equals(request.getHeader("HX-Boosted")) ? page + " :: " + fragment : page;
	}

}
