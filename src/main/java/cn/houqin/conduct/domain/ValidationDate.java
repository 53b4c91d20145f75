package cn.houqin.conduct.domain;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import cn.houqin.shared.audit.Audited;

/** A person's validation date (校验日), from which their yearly cycles run. */
@Entity
@Table(name = "con_validation_date")
@IdClass(ValidationDate.Key.class)
@Audited("conduct.validationDate")
class ValidationDate {

	@Id
	@Column(name = "tenant_id")
	private long tenantId;

	@Id
	@Column(name = "staff_id")
	private long staffId;

	@Column(name = "validation_date")
	private LocalDate validationDate;

	protected ValidationDate() {
	}

	ValidationDate(long tenantId, long staffId, LocalDate validationDate) {
		this.tenantId = tenantId;
		this.staffId = staffId;
		this.validationDate = validationDate;
	}

	void change(LocalDate date) {
		this.validationDate = date;
	}

	LocalDate getValidationDate() {
		return this.validationDate;
	}

	record Key(long tenantId, long staffId) implements Serializable {
	}

}
