package cn.houqin.org.domain;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.test.util.ReflectionTestUtils;

import cn.houqin.org.HandoverCheck.HandoverItem;
import cn.houqin.org.StaffDeparted;
import cn.houqin.org.StaffMoveStarted;
import cn.houqin.org.StaffStatus;
import cn.houqin.org.StaffTransferred;
import cn.houqin.shared.web.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class StaffMemberTests {

	private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

	private static final HandoverItem KEYS = new HandoverItem("org.handover.unitHead", "总务科", null);

	@Test
	@DisplayName("仍有未移交事项时不能完成调任")
	void refusesToCompleteTransferWhileHandoverIsOpen() {
		StaffMember member = member();
		member.startTransfer(20L, DAY, "工作需要");

		assertThatExceptionOfType(BusinessRuleException.class).isThrownBy(() -> member.completeMove(List.of(KEYS)))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("org.staff.error.handoverOpen"));
		assertThat(member.getUnitId()).isEqualTo(10L);
		assertThat(member.getPendingMove()).isNotNull();
	}

	@Test
	void completesTransferWhenNothingIsLeftToHandOver() {
		StaffMember member = member();
		member.startTransfer(20L, DAY, "工作需要");

		member.completeMove(List.of());

		assertThat(member.getUnitId()).isEqualTo(20L);
		assertThat(member.getPendingMove()).isNull();
		assertThat(events(member)).hasAtLeastOneElementOfType(StaffMoveStarted.class)
			.hasAtLeastOneElementOfType(StaffTransferred.class);
	}

	@Test
	void completesDepartureWithTheExitStatus() {
		StaffMember member = member();
		member.startDeparture(StaffStatus.RETIRED, DAY, null);

		member.completeMove(List.of());

		assertThat(member.getStatus()).isEqualTo(StaffStatus.RETIRED);
		assertThat(member.getLeftOn()).isEqualTo(DAY);
		assertThat(events(member)).hasAtLeastOneElementOfType(StaffDeparted.class);
	}

	@Test
	void refusesTransferToOwnUnitAndSecondPendingMove() {
		StaffMember member = member();
		assertThatExceptionOfType(BusinessRuleException.class).isThrownBy(() -> member.startTransfer(10L, DAY, null));
		member.startTransfer(20L, DAY, null);
		assertThatExceptionOfType(BusinessRuleException.class)
			.isThrownBy(() -> member.startDeparture(StaffStatus.RESIGNED, DAY, null))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("org.staff.error.movePending"));
	}

	@Test
	void cancelledMoveLeavesMemberWhereHeWas() {
		StaffMember member = member();
		member.startTransfer(20L, DAY, null);

		member.cancelMove();

		assertThat(member.getPendingMove()).isNull();
		assertThat(member.getUnitId()).isEqualTo(10L);
	}

	private static StaffMember member() {
		StaffDetails details = new StaffDetails("E1", "王伟", Gender.MALE, null, null, 10L, null, null,
				StaffCategory.LOGISTICS, EmploymentType.ESTABLISHED, null);
		StaffMember member = new StaffMember(1L, details, null);
		ReflectionTestUtils.setField(member, "id", 7L);
		return member;
	}

	private static List<Object> events(StaffMember member) {
		return List.copyOf(ReflectionTestUtils.<java.util.Collection<Object>>invokeMethod(member, "domainEvents"));
	}

}
