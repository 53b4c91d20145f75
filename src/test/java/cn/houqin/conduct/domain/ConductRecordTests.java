package cn.houqin.conduct.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.houqin.conduct.ConductPolicy;
import cn.houqin.shared.web.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConductRecordTests {

	static final Offence FOUR = new Offence(1, "A9-2", "篇2 第九条第2项", 4, "破坏团结", "不能与同事密切配合……", 1);

	static final RecordDraft DRAFT = new RecordDraft(LocalDate.of(2026, 11, 2), Source.DAILY_SUPERVISION, "描述", null,
			false, null);

	@ParameterizedTest
	@DisplayName("篇2 第六条: points outside 12, 6, 4, 2, 1 are refused")
	@ValueSource(ints = { 0, 3, 5, 7, 10, -1 })
	void refusesPointsOutsideTheAllowedValues(int points) {
		assertThatThrownBy(() -> new ConductRecord(1, FOUR, DRAFT, List.of(new PersonPoints(10, 100, points)),
				ConductPolicy.DEFAULTS))
			.isInstanceOf(BusinessRuleException.class)
			.hasFieldOrPropertyWithValue("messageKey", "conduct.error.pointsNotAllowed");
	}

	@ParameterizedTest
	@DisplayName("篇2 第十五条: no one gets more than the offence's value")
	@ValueSource(ints = { 6, 12 })
	void refusesPointsAboveTheOffencesValue(int points) {
		assertThatThrownBy(() -> new ConductRecord(1, FOUR, DRAFT, List.of(new PersonPoints(10, 100, points)),
				ConductPolicy.DEFAULTS))
			.isInstanceOf(BusinessRuleException.class)
			.hasFieldOrPropertyWithValue("messageKey", "conduct.error.pointsAboveOffence");
	}

	@Test
	void severalPersonsGetPointsByTheirShareOfResponsibility() {
		ConductRecord record = new ConductRecord(1, FOUR, DRAFT,
				List.of(new PersonPoints(10, 100, 4), new PersonPoints(11, 100, 2), new PersonPoints(12, 101, 1)),
				ConductPolicy.DEFAULTS);
		assertThat(record.getEntries()).extracting(Entry::getPoints).containsExactly(4, 2, 1);
		assertThat(record.getEntries()).extracting(Entry::getStatus).containsOnly(EntryStatus.NOTIFIED);
	}

	@Test
	@DisplayName("篇2 第十七条: the record waits for the penalty decision")
	void waitsForThePenaltyDecisionBeforeIssuingNotices() {
		RecordDraft penalty = new RecordDraft(LocalDate.of(2026, 11, 2), Source.HOTLINE, "描述", null, true, null);
		ConductRecord record = new ConductRecord(1, FOUR, penalty, List.of(new PersonPoints(10, 100, 4)),
				ConductPolicy.DEFAULTS);
		assertThat(record.getStatus()).isEqualTo(RecordStatus.AWAITING_PENALTY);
		assertThat(record.getEntries().get(0).getStatus().counts()).isFalse();
		assertThatThrownBy(() -> record.receive(10, Instant.now(), ReceiptKind.IN_SYSTEM, LocalDate.now(), null))
			.isInstanceOf(BusinessRuleException.class);
		record.penaltyDecided("卫监罚〔2026〕12号 警告", LocalDate.of(2026, 11, 10));
		assertThat(record.getStatus()).isEqualTo(RecordStatus.ISSUED);
		assertThat(record.getEntries().get(0).getStatus()).isEqualTo(EntryStatus.NOTIFIED);
	}

	@Test
	@DisplayName("篇2 第十五条: other behaviour needs a reason")
	void theOtherItemNeedsAReason() {
		Offence other = new Offence(1, "OTHER", "篇2 第十五条", 12, "其他", "发生其他不良执业行为的……", 2);
		assertThatThrownBy(
				() -> new ConductRecord(1, other, DRAFT, List.of(new PersonPoints(10, 100, 2)), ConductPolicy.DEFAULTS))
			.hasFieldOrPropertyWithValue("messageKey", "conduct.error.reasonRequired");
	}

	@Test
	void aRetiredOffenceCannotBeRecordedAnyMore() {
		Offence retired = new Offence(1, "A9-8", "篇2 第九条第8项", 4, "洗衣房", "洗衣房……", 3);
		retired.retire();
		assertThatThrownBy(() -> new ConductRecord(1, retired, DRAFT, List.of(new PersonPoints(10, 100, 4)),
				ConductPolicy.DEFAULTS))
			.hasFieldOrPropertyWithValue("messageKey", "conduct.error.offenceRetired");
	}

	@Test
	@DisplayName("篇2 第十九条: an appeal on the deadline is accepted, the day after refused with the deadline")
	void appealsUpToTheDeadlineOnly() {
		LocalDate deadline = LocalDate.of(2026, 10, 10);
		ConductRecord onTime = received(deadline);
		onTime.appeal(10, deadline);
		assertThat(onTime.entry(10).getStatus()).isEqualTo(EntryStatus.UNDER_APPEAL);
		ConductRecord late = received(deadline);
		assertThatThrownBy(() -> late.appeal(10, deadline.plusDays(1))).isInstanceOf(AppealTooLate.class)
			.extracting(ex -> ((AppealTooLate) ex).deadline())
			.isEqualTo(deadline);
	}

	@Test
	void anAppealNeedsTheNoticeReceivedFirst() {
		ConductRecord record = new ConductRecord(1, FOUR, DRAFT, List.of(new PersonPoints(10, 100, 4)),
				ConductPolicy.DEFAULTS);
		assertThatThrownBy(() -> record.appeal(10, LocalDate.of(2026, 11, 3))).hasFieldOrPropertyWithValue("messageKey",
				"conduct.error.appealBeforeReceipt");
	}

	@Test
	void theLeadershipMayChangeThePointsOnlyToAnotherAllowedValue() {
		ConductRecord record = received(LocalDate.of(2026, 11, 6));
		record.appeal(10, LocalDate.of(2026, 11, 5));
		assertThatThrownBy(() -> record.decideAppeal(10, AppealOutcome.CHANGE, 3, ConductPolicy.DEFAULTS))
			.hasFieldOrPropertyWithValue("messageKey", "conduct.error.pointsNotAllowed");
		record.decideAppeal(10, AppealOutcome.CHANGE, 2, ConductPolicy.DEFAULTS);
		assertThat(record.entry(10).getPoints()).isEqualTo(2);
		assertThat(record.entry(10).getRecordedPoints()).isEqualTo(4);
		assertThat(record.entry(10).getStatus()).isEqualTo(EntryStatus.CONFIRMED);
	}

	@Test
	void aRevokedRecordCountsNowhere() {
		ConductRecord record = received(LocalDate.of(2026, 11, 6));
		record.appeal(10, LocalDate.of(2026, 11, 5));
		record.decideAppeal(10, AppealOutcome.REVOKE, null, ConductPolicy.DEFAULTS);
		assertThat(record.entry(10).getStatus()).isEqualTo(EntryStatus.REVOKED);
		assertThat(record.entry(10).getStatus().counts()).isFalse();
	}

	@Test
	void pointsBecomeFinalWhenTheWindowClosesWithoutAnAppeal() {
		ConductRecord record = received(LocalDate.of(2026, 11, 6));
		assertThat(record.confirmLapsed(LocalDate.of(2026, 11, 6))).isFalse();
		assertThat(record.confirmLapsed(LocalDate.of(2026, 11, 7))).isTrue();
		assertThat(record.entry(10).getStatus()).isEqualTo(EntryStatus.CONFIRMED);
	}

	private static ConductRecord received(LocalDate deadline) {
		ConductRecord record = new ConductRecord(1, FOUR, DRAFT, List.of(new PersonPoints(10, 100, 4)),
				ConductPolicy.DEFAULTS);
		record.receive(10, Instant.parse("2026-09-30T02:00:00Z"), ReceiptKind.IN_SYSTEM, deadline, null);
		return record;
	}

	@Test
	void aPolicyThatAllowsThreeAcceptsThreePoints() {
		ConductPolicy withThree = new ConductPolicy(3, 1, 5, 6, 8, 9, 6, 12, 12, List.of(12, 6, 4, 3, 2, 1),
				java.time.MonthDay.of(1, 1), ConductPolicy.DisclosurePeriod.MONTHLY);
		assertThatThrownBy(
				() -> new ConductRecord(1, FOUR, DRAFT, List.of(new PersonPoints(10, 100, 3)), ConductPolicy.DEFAULTS))
			.hasFieldOrPropertyWithValue("messageKey", "conduct.error.pointsNotAllowed");
		ConductRecord record = new ConductRecord(1, FOUR, DRAFT, List.of(new PersonPoints(10, 100, 3)), withThree);
		assertThat(record.entry(10).getPoints()).isEqualTo(3);
	}

}
