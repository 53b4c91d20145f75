package cn.houqin.shared.web;

/**
 * A record that does not exist or lies outside the user's data scope; both answer 404 so
 * that ids cannot be probed.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what, Object id) {
		super(what + " " + id + " not found");
	}

}
