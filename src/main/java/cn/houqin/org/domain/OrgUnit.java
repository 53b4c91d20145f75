package cn.houqin.org.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import cn.houqin.shared.audit.Audited;
import cn.houqin.shared.jpa.Aggregate;
import cn.houqin.shared.web.BusinessRuleException;

/**
 * An org unit (组织机构): 单位, 部门, 科室, 站所 or 班组, placed in the tree by its parent. The
 * materialised {@code path} ({@code /1/5/12/}) makes a subtree one indexed prefix query.
 */
@Entity
@Table(name = "org_unit")
@Audited("org.unit")
class OrgUnit extends Aggregate<OrgUnit> {

	@Column(name = "parent_id")
	private Long parentId;

	private String code;

	private String name;

	@Enumerated(EnumType.STRING)
	private UnitType type;

	@Column(name = "head_staff_id")
	private Long headStaffId;

	private boolean active = true;

	private String path;

	@Column(name = "sort_order")
	private int sortOrder;

	protected OrgUnit() {
	}

	OrgUnit(long tenantId, OrgUnit parent, String code, String name, UnitType type, int sortOrder) {
		super(tenantId);
		this.parentId = parent == null ? null : parent.getId();
		this.code = code;
		this.name = name;
		this.type = type;
		this.sortOrder = sortOrder;
		this.path = parent == null ? "/" : parent.path;
	}

	/** Called once the id is known, completing the path with the unit's own id. */
	void completePath() {
		if (!this.path.endsWith("/" + getId() + "/")) {
			this.path = this.path + getId() + "/";
		}
	}

	void rename(String code, String name, UnitType type, int sortOrder) {
		this.code = code;
		this.name = name;
		this.type = type;
		this.sortOrder = sortOrder;
	}

	/** Moves this unit below a new parent; the caller moves the descendants' paths. */
	String moveUnder(OrgUnit newParent) {
		if (newParent != null && newParent.path.startsWith(this.path)) {
			throw new BusinessRuleException("parentId", "org.unit.error.cycle");
		}
		String oldPath = this.path;
		this.parentId = newParent == null ? null : newParent.getId();
		this.path = (newParent == null ? "/" : newParent.path) + getId() + "/";
		return oldPath;
	}

	void appointHead(Long staffId) {
		this.headStaffId = staffId;
	}

	void deactivate() {
		this.active = false;
	}

	void activate() {
		this.active = true;
	}

	public Long getParentId() {
		return this.parentId;
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public UnitType getType() {
		return this.type;
	}

	public Long getHeadStaffId() {
		return this.headStaffId;
	}

	public boolean isActive() {
		return this.active;
	}

	public String getPath() {
		return this.path;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

	public int depth() {
		return (int) this.path.chars().filter(c -> c == '/').count() - 2;
	}

}
