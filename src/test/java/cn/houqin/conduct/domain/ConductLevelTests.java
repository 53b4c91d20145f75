package cn.houqin.conduct.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.houqin.conduct.ConductLevel;

import static org.assertj.core.api.Assertions.assertThat;

class ConductLevelTests {

	@ParameterizedTest(name = "total {0}, largest single {1} -> {2}")
	@DisplayName("篇2 第二十条: the level at every boundary")
	@CsvSource({ "0, 0, NONE", "1, 1, L1", "5, 4, L1", "5, 2, L1", "6, 4, L2", "6, 2, L2", "8, 4, L2", "9, 4, L3",
			"9, 1, L3", "11, 4, L3", "12, 4, L4", "12, 2, L4", "6, 6, L3", "7, 6, L3", "12, 12, L4", "20, 4, L4" })
	void levelsFollowTheTable(int total, int largest, ConductLevel expected) {
		assertThat(ConductLevel.of(total, largest)).isEqualTo(expected);
	}

	@ParameterizedTest
	@DisplayName("a single 6 with total 6 is L3, a single 12 is L4")
	@CsvSource({ "6, L3", "12, L4" })
	void aSingleRecordDecides(int single, ConductLevel expected) {
		assertThat(ConductLevel.of(single, single)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "L3, true, false, false", "L4, true, true, true", "L2, false, false, false" })
	void flagsForAppraisalAndPromotion(ConductLevel level, boolean notExcellent, boolean failed, boolean noPromotion) {
		cn.houqin.conduct.Standing standing = new cn.houqin.conduct.Standing(1L, java.time.LocalDate.of(2026, 1, 1),
				java.time.LocalDate.of(2026, 12, 31), 0, 0, level, level.consequences(), 0);
		assertThat(standing.excellentBarred()).isEqualTo(notExcellent);
		assertThat(standing.appraisalFailed()).isEqualTo(failed);
		assertThat(standing.promotionBarred()).isEqualTo(noPromotion);
	}

}
