package cn.houqin.org.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.houqin.org.OrgFixtures;

import static org.assertj.core.api.Assertions.assertThat;

class IdCardNumberTests {

	@Test
	@DisplayName("校验码正确的 18 位身份证号有效")
	void acceptsNumberWithCorrectCheckCharacter() {
		assertThat(IdCardNumber.isValid("11010519491231002X")).isTrue();
		assertThat(IdCardNumber.isValid("11010519491231002x")).isTrue();
		assertThat(IdCardNumber.isValid(OrgFixtures.idCard(7))).isTrue();
	}

	@Test
	void rejectsWrongCheckCharacter() {
		assertThat(IdCardNumber.isValid("110105194912310021")).isFalse();
		assertThat(IdCardNumber.isValid(OrgFixtures.badIdCard(7))).isFalse();
	}

	@Test
	void rejectsImpossibleBirthDate() {
		String body = "11010519490231002";
		assertThat(IdCardNumber.isValid(body + "0")).isFalse();
		assertThat(IdCardNumber.isValid(body + "X")).isFalse();
	}

	@Test
	void rejectsWrongLengthAndLetters() {
		assertThat(IdCardNumber.isValid("1101051949123100")).isFalse();
		assertThat(IdCardNumber.isValid("11010519491231002A")).isFalse();
		assertThat(IdCardNumber.isValid(null)).isFalse();
		assertThat(IdCardNumber.isValid("")).isFalse();
	}

	@Test
	void masksAllButRegionPrefixAndLastFour() {
		assertThat(IdCardNumber.mask("11010519491231002x")).isEqualTo("110***********002X");
	}

}
