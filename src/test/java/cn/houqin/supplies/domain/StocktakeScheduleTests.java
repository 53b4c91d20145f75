package cn.houqin.supplies.domain;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.houqin.shared.web.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Counting periods are aligned to the calendar year.
 */
class StocktakeScheduleTests {

	@Test
	@DisplayName("按季度：11月27日所在周期从10月1日开始，1月1日自成周期起点")
	void quartersStartInJanuaryAprilJulyOctober() {
		assertThat(SupplySettings.periodStart(3, LocalDate.of(2026, 11, 27))).isEqualTo(LocalDate.of(2026, 10, 1));
		assertThat(SupplySettings.periodStart(3, LocalDate.of(2026, 1, 1))).isEqualTo(LocalDate.of(2026, 1, 1));
		assertThat(SupplySettings.periodStart(3, LocalDate.of(2026, 3, 31))).isEqualTo(LocalDate.of(2026, 1, 1));
		assertThat(SupplySettings.periodStart(3, LocalDate.of(2026, 4, 1))).isEqualTo(LocalDate.of(2026, 4, 1));
	}

	@Test
	@DisplayName("按月、半年、全年")
	void otherPeriods() {
		assertThat(SupplySettings.periodStart(1, LocalDate.of(2026, 11, 27))).isEqualTo(LocalDate.of(2026, 11, 1));
		assertThat(SupplySettings.periodStart(6, LocalDate.of(2026, 7, 15))).isEqualTo(LocalDate.of(2026, 7, 1));
		assertThat(SupplySettings.periodStart(12, LocalDate.of(2026, 11, 27))).isEqualTo(LocalDate.of(2026, 1, 1));
	}

	@Test
	@DisplayName("周期只能是能整除一年的月数")
	void monthsMustDivideTheYear() {
		assertThatThrownBy(() -> new SupplySettings(1L, 5)).isInstanceOf(BusinessRuleException.class);
		assertThatThrownBy(() -> new SupplySettings(1L, 0)).isInstanceOf(BusinessRuleException.class);
		assertThat(new SupplySettings(1L, 6).getStocktakeMonths()).isEqualTo(6);
	}

}
