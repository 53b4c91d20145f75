package cn.houqin.audit.web;

import java.time.Instant;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.houqin.audit.AuditApi;
import cn.houqin.audit.AuditEntry;
import cn.houqin.audit.AuditQuery;
import cn.houqin.audit.ChainVerification;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.NotFoundException;
import cn.houqin.shared.web.PageResult;

/**
 * JSON API of the audit trail: search entries, read one, verify the chain.
 */
@RestController
@RequestMapping("/api/v1/audit")
class AuditApiController {

	private final AuditApi audit;

	private final MessageSource messages;

	AuditApiController(AuditApi audit, MessageSource messages) {
		this.audit = audit;
		this.messages = messages;
	}

	/**
	 * Entries of the caller's tenant, newest first unless sorted otherwise; times are
	 * ISO-8601 instants, {@code to} exclusive.
	 */
	@GetMapping("/entries")
	@PreAuthorize("hasAuthority('audit.trail.view')")
	PageResult<AuditEntry> entries(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
			@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort) {
		AuditQuery query = new AuditQuery(from, to, actor, action, entityType, entityId);
		return this.audit.search(DataScopes.currentUser().tenantId(), query, page, size, sort);
	}

	@GetMapping("/entries/{id}")
	@PreAuthorize("hasAuthority('audit.trail.view')")
	AuditEntry entry(@PathVariable long id) {
		return this.audit.entry(DataScopes.currentUser().tenantId(), id)
			.orElseThrow(() -> new NotFoundException("AuditEntry", id));
	}

	@PostMapping("/verify")
	@PreAuthorize("hasAuthority('audit.trail.verify')")
	VerificationResult verify() {
		ChainVerification result = this.audit.verify(DataScopes.currentUser().tenantId());
		Locale locale = LocaleContextHolder.getLocale();
		String message = this.messages.getMessage(result.reasonKey(), new Object[] { result.messageArgument() },
				locale);
		return new VerificationResult(result.ok(), result.checked(), result.firstBrokenSeq(), result.reasonKey(),
				message);
	}

	/** A verification with its explanation in the caller's language. */
	record VerificationResult(boolean ok, long checked, Long firstBrokenSeq, String reasonKey, String message) {
	}

}
