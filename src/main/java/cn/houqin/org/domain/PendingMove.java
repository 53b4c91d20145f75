package cn.houqin.org.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import cn.houqin.org.MoveKind;
import cn.houqin.org.StaffStatus;

/**
 * A transfer or departure started but not completed, waiting for handover (交接).
 */
@Embeddable
record PendingMove(@Enumerated(EnumType.STRING) @Column(name = "move_kind") MoveKind kind,
		@Column(name = "move_to_unit_id") Long toUnitId,
		@Enumerated(EnumType.STRING) @Column(name = "move_exit_status") StaffStatus exitStatus,
		@Column(name = "move_effective_date") LocalDate effectiveDate, @Column(name = "move_reason") String reason) {

}
