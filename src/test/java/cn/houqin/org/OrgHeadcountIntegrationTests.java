package cn.houqin.org;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@OrgIntegrationTest
class OrgHeadcountIntegrationTests {

	@Autowired
	OrgApi org;

	@Autowired
	JdbcTemplate jdbc;

	long tenantId() {
		return this.org.tenantIdByCode("demo").orElseThrow();
	}

	long headcount(String unitCode) {
		return this.org.headcount(tenantId(), this.org.unitByCode(tenantId(), unitCode).orElseThrow().id());
	}

	@Test
	@DisplayName("a unit's headcount counts its on-duty staff and those of the units below it")
	void headcountCoversSubtree() {
		long internal = headcount("HOSP-NK");
		long surgery = headcount("HOSP-WK");
		long general = headcount("HOSP-ZWK");
		assertThat(internal).isPositive();
		assertThat(general).isGreaterThanOrEqualTo(headcount("HOSP-ZWK-WX") + 1);
		assertThat(headcount("HOSP")).isGreaterThanOrEqualTo(internal + surgery + general);
	}

	@Test
	@DisplayName("staff who left are not counted")
	void leaversNotCounted() {
		long before = headcount("HOSP-NK");
		long staffId = this.org.staffByEmployeeNo(tenantId(), "H0010").orElseThrow().id();
		this.jdbc.update("update org_staff set status = 'RESIGNED' where id = ?", staffId);
		assertThat(headcount("HOSP-NK")).isEqualTo(before - 1);
	}

}
