package cn.houqin.assets.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Random;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DepreciationTests {

	private static Depreciation on(String value, String bought, Integer life, String on) {
		return Depreciation.of(new BigDecimal(value), LocalDate.parse(bought), life, LocalDate.parse(on), null);
	}

	@Test
	@DisplayName("a desktop PC of 6,000元 over 72 months matches the hand-computed table across the year end")
	void desktopAcrossYearEnd() {
		assertThat(on("6000.00", "2025-11-15", 72, "2025-11-30").netBookValue()).isEqualByComparingTo("5916.67");
		assertThat(on("6000.00", "2025-11-15", 72, "2025-12-31").netBookValue()).isEqualByComparingTo("5833.34");
		assertThat(on("6000.00", "2025-11-15", 72, "2026-01-31").netBookValue()).isEqualByComparingTo("5750.01");
		assertThat(on("6000.00", "2025-11-15", 72, "2026-12-31").accumulated()).isEqualByComparingTo("1166.62");
		assertThat(on("6000.00", "2025-11-15", 72, "2026-12-31").months()).isEqualTo(14);
		assertThat(on("6000.00", "2025-11-15", 72, "2025-10-31").netBookValue()).isEqualByComparingTo("6000.00");
	}

	@Test
	@DisplayName("a desk of 3,000元 over 15 years matches the hand-computed table across the year end")
	void deskAcrossYearEnd() {
		assertThat(on("3000.00", "2024-12-01", 180, "2024-12-31").netBookValue()).isEqualByComparingTo("2983.33");
		assertThat(on("3000.00", "2024-12-01", 180, "2025-12-31").netBookValue()).isEqualByComparingTo("2783.29");
		assertThat(on("3000.00", "2024-12-01", 180, "2026-01-31").netBookValue()).isEqualByComparingTo("2766.62");
	}

	@Test
	@DisplayName("the last month of the life takes the rounding remainder and the value stays at zero")
	void lastMonthReachesZero() {
		assertThat(on("1000.00", "2020-02-10", 72, "2025-12-31").netBookValue()).isEqualByComparingTo("13.81");
		assertThat(on("1000.00", "2020-02-10", 72, "2026-01-31").netBookValue()).isEqualByComparingTo("0.00");
		assertThat(on("1000.00", "2020-02-10", 72, "2030-06-30").netBookValue()).isEqualByComparingTo("0.00");
		assertThat(Depreciation.chargeFor(new BigDecimal("1000.00"), LocalDate.parse("2020-02-10"), 72,
				YearMonth.of(2026, 1), null))
			.isEqualByComparingTo("13.81");
		assertThat(Depreciation.chargeFor(new BigDecimal("1000.00"), LocalDate.parse("2020-02-10"), 72,
				YearMonth.of(2026, 2), null))
			.isEqualByComparingTo("0.00");
	}

	@Test
	@DisplayName("land and cultural relics (no useful life) are never depreciated")
	void landAndRelicsKeepTheirValue() {
		assertThat(on("5000000.00", "1990-01-01", null, "2026-12-31").netBookValue())
			.isEqualByComparingTo("5000000.00");
		assertThat(on("80000.00", "1960-05-01", null, "2026-12-31").accumulated()).isEqualByComparingTo("0.00");
	}

	@Test
	@DisplayName("no depreciation in the month of disposal nor after it")
	void stopsAtDisposal() {
		Depreciation d = Depreciation.of(new BigDecimal("6000.00"), LocalDate.parse("2025-11-15"), 72,
				LocalDate.parse("2026-06-30"), LocalDate.parse("2026-01-20"));
		assertThat(d.accumulated()).isEqualByComparingTo("166.66");
	}

	@Test
	@DisplayName("net book value never goes below zero nor above the original value, and never rises")
	void boundedAndMonotonic() {
		Random random = new Random(42);
		for (int i = 0; i < 2000; i++) {
			BigDecimal value = BigDecimal.valueOf(random.nextInt(10_000_000), 2);
			int life = 1 + random.nextInt(600);
			LocalDate bought = LocalDate.of(1995 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28));
			BigDecimal previous = value;
			for (int m = 0; m < life + 3; m += 1 + random.nextInt(7)) {
				LocalDate at = bought.plusMonths(m);
				BigDecimal nbv = Depreciation.of(value, bought, life, at, null).netBookValue();
				assertThat(nbv.signum()).isGreaterThanOrEqualTo(0);
				assertThat(nbv).isLessThanOrEqualTo(previous);
				previous = nbv;
			}
			assertThat(Depreciation.of(value, bought, life, bought.plusMonths(life), null).netBookValue())
				.isEqualByComparingTo("0");
		}
	}

}
