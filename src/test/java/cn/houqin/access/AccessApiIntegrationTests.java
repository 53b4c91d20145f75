package cn.houqin.access;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

import cn.houqin.org.OrgApi;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class AccessApiIntegrationTests {

	@Autowired
	AccessApi access;

	@Autowired
	OrgApi org;

	@Test
	void findsTheAccountOfAStaffMember() {
		long tenant = this.org.tenantIdByCode("demo").orElseThrow();
		long staffId = this.org.staffByEmployeeNo(tenant, "H0010").orElseThrow().id();
		assertThat(this.access.usersOfStaff(tenant, staffId)).extracting(UserSummary::username)
			.containsExactly("demo-staff");
	}

	@Test
	void aStaffMemberWithoutAnAccountHasNone() {
		long tenant = this.org.tenantIdByCode("demo").orElseThrow();
		long staffId = this.org.staffByEmployeeNo(tenant, "E0001").orElseThrow().id();
		assertThat(this.access.usersOfStaff(tenant, staffId)).isEmpty();
	}

}
