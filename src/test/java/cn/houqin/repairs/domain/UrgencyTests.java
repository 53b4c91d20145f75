package cn.houqin.repairs.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UrgencyTests {

	@Test
	void aSafetyHazardIsUrgent() {
		assertThat(Urgency.derive(Category.CARPENTRY, true, false)).isEqualTo(Urgency.URGENT);
	}

	@Test
	void stoppedCoreWorkIsHigh() {
		assertThat(Urgency.derive(Category.WATER, false, true)).isEqualTo(Urgency.HIGH);
		assertThat(Urgency.derive(Category.OTHER, false, true)).isEqualTo(Urgency.HIGH);
	}

	@Test
	void otherwiseTheCategoryDecides() {
		assertThat(Urgency.derive(Category.ELECTRIC, false, false)).isEqualTo(Urgency.NORMAL);
		assertThat(Urgency.derive(Category.CARPENTRY, false, false)).isEqualTo(Urgency.LOW);
	}

	@Test
	void readsCategoriesByCodeOrChineseName() {
		assertThat(Category.parse("水")).isEqualTo(Category.WATER);
		assertThat(Category.parse("electric")).isEqualTo(Category.ELECTRIC);
		assertThat(Category.parse("门窗木工")).isEqualTo(Category.CARPENTRY);
		assertThat(Category.parse("plumbing")).isNull();
	}

}
