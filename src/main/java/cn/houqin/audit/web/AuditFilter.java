package cn.houqin.audit.web;

import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.format.annotation.DateTimeFormat;

import cn.houqin.audit.AuditQuery;

/**
 * The search form of the trail: dates are whole days in China Standard Time, both
 * inclusive.
 */
class AuditFilter {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate from;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate to;

	private String actor;

	private String action;

	private String entityType;

	private String entityId;

	private String sort;

	private Integer page;

	private Integer size;

	AuditQuery toQuery() {
		return new AuditQuery(this.from == null ? null : this.from.atStartOfDay(ZONE).toInstant(),
				this.to == null ? null : this.to.plusDays(1).atStartOfDay(ZONE).toInstant(), this.actor, this.action,
				this.entityType, this.entityId);
	}

	public LocalDate getFrom() {
		return this.from;
	}

	public void setFrom(LocalDate from) {
		this.from = from;
	}

	public LocalDate getTo() {
		return this.to;
	}

	public void setTo(LocalDate to) {
		this.to = to;
	}

	public String getActor() {
		return this.actor;
	}

	public void setActor(String actor) {
		this.actor = actor;
	}

	public String getAction() {
		return this.action;
	}

	public void setAction(String action) {
		this.action = action;
	}

	public String getEntityType() {
		return this.entityType;
	}

	public void setEntityType(String entityType) {
		this.entityType = entityType;
	}

	public String getEntityId() {
		return this.entityId;
	}

	public void setEntityId(String entityId) {
		this.entityId = entityId;
	}

	public String getSort() {
		return this.sort;
	}

	public void setSort(String sort) {
		this.sort = sort;
	}

	public Integer getPage() {
		return this.page;
	}

	public void setPage(Integer page) {
		this.page = page;
	}

	public Integer getSize() {
		return this.size;
	}

	public void setSize(Integer size) {
		this.size = size;
	}

}
