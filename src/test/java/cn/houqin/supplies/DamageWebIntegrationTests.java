package cn.houqin.supplies;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.access.domain.UserDirectory;
import cn.houqin.document.ExcelExport;
import cn.houqin.org.OrgApi;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.DataScope;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.NotFoundException;
import cn.houqin.supplies.domain.Actor;
import cn.houqin.supplies.domain.CatalogueService;
import cn.houqin.supplies.domain.DamageDraft;
import cn.houqin.supplies.domain.DamageFilter;
import cn.houqin.supplies.domain.DamageService;
import cn.houqin.supplies.domain.DamageView;
import cn.houqin.supplies.domain.ReceivingService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Damage through misuse (篇8 第八条) pages: record, decide, list with filters and Excel,
 * permission and data scope.
 */
@SuppliesIntegrationTest
@Transactional
class DamageWebIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDirectory users;

	@Autowired
	OrgApi org;

	@Autowired
	DataScopes scopes;

	@Autowired
	CatalogueService catalogue;

	@Autowired
	ReceivingService receiving;

	@Autowired
	DamageService damages;

	SuppliesFixtures fixtures;

	CurrentUser keeper;

	@BeforeEach
	void setUp() {
		this.fixtures = new SuppliesFixtures(this.users, this.org, this.scopes, this.catalogue, this.receiving);
		this.keeper = this.fixtures.user("demo-logistics");
	}

	private DamageView recorded(String subject, String loss) {
		long staffId = this.org.staffByEmployeeNo(this.fixtures.tenantId(), "H0010").orElseThrow().id();
		return this.damages.record(this.fixtures.keeper(),
				new DamageDraft(staffId, subject, "违规操作导致损坏", LocalDate.of(2026, 10, 12), new BigDecimal(loss)));
	}

	@Test
	@DisplayName("库管员按工号登记损坏，再决定赔偿；赔偿超过损失在字段旁提示")
	void recordAndDecideThroughThePages() throws Exception {
		String location = this.mvc
			.perform(post("/supplies/damages/new").with(user(this.keeper))
				.with(csrf())
				.param("employeeNo", "H0010")
				.param("subject", "碎纸机-页面登记")
				.param("description", "一次塞入过多纸张，电机烧毁")
				.param("damagedOn", "2026-11-02")
				.param("loss", "480.00"))
			.andExpect(redirectedUrlPattern("/supplies/damages/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(get(location).with(user(this.keeper)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("碎纸机-页面登记")))
			.andExpect(content().string(containsString("480.00")))
			.andExpect(content().string(containsString("decision-form")));
		this.mvc
			.perform(post(location + "/decision").with(user(this.keeper))
				.with(csrf())
				.param("compensation", "500")
				.param("decision", "全额赔偿"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")));
		this.mvc
			.perform(post(location + "/decision").with(user(this.keeper))
				.with(csrf())
				.param("compensation", "240")
				.param("decision", "个人承担一半"))
			.andExpect(redirectedUrlPattern("/supplies/damages/*"));
		this.mvc.perform(get(location).with(user(this.keeper)))
			.andExpect(content().string(containsString("240.00")))
			.andExpect(content().string(containsString("个人承担一半")))
			.andExpect(content().string(not(containsString("decision-form"))));
	}

	@Test
	@DisplayName("未知工号、负数损失、缺少说明：字段旁提示，什么也不写")
	void badInputShowsInlineErrors() throws Exception {
		long before = this.damages
			.page(this.fixtures.keeper(), new DamageFilter(null, null, null, null), PageRequest.of(0, 1))
			.total();
		this.mvc
			.perform(post("/supplies/damages/new").with(user(this.keeper))
				.with(csrf())
				.param("employeeNo", "NOBODY")
				.param("subject", "打印机")
				.param("description", "摔坏")
				.param("damagedOn", "2026-11-02")
				.param("loss", "100"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")));
		this.mvc
			.perform(post("/supplies/damages/new").with(user(this.keeper))
				.with(csrf())
				.param("employeeNo", "H0010")
				.param("subject", "打印机")
				.param("description", "摔坏")
				.param("damagedOn", "2026-11-02")
				.param("loss", "-1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")));
		assertThat(this.damages
			.page(this.fixtures.keeper(), new DamageFilter(null, null, null, null), PageRequest.of(0, 1))
			.total()).isEqualTo(before);
	}

	@Test
	@DisplayName("列表按关键字和是否已决定筛选、分页，导出 Excel；普通员工无权访问")
	void listFiltersExportsAndIsGuarded() throws Exception {
		DamageView undecided = recorded("投影仪-列表甲", "1200.00");
		DamageView decided = recorded("投影仪-列表乙", "300.00");
		this.damages.decide(this.fixtures.keeper(), decided.id(), new BigDecimal("100"), "酌情赔偿");

		this.mvc.perform(get("/supplies/damages").param("q", "列表").param("decided", "false").with(user(this.keeper)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("投影仪-列表甲")))
			.andExpect(content().string(not(containsString("投影仪-列表乙"))));
		this.mvc.perform(get("/supplies/damages").param("q", "列表").header("HX-Request", "true").with(user(this.keeper)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("投影仪-列表乙")))
			.andExpect(content().string(not(containsString("<html"))));
		this.mvc.perform(get("/supplies/damages/export").param("q", "列表").with(user(this.keeper)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", startsWith(ExcelExport.CONTENT_TYPE)))
			.andExpect(header().string("Content-Disposition", containsString(".xlsx")));
		this.mvc.perform(get("/supplies/damages").with(user(this.fixtures.user("demo-staff"))))
			.andExpect(status().isForbidden());
		assertThat(undecided.compensation()).isNull();
	}

	@Test
	@DisplayName("数据范围：只管其他科室的人看不到内科的损坏记录，按编号打开也是 404")
	void recordsOutsideTheScopeAreInvisible() {
		DamageView damage = recorded("心电图机-范围", "900.00");
		long otherUnit = this.fixtures.unitId("HOSP-WK");
		CurrentUser someone = this.fixtures.user("demo-logistics");
		Actor narrow = new Actor(this.fixtures.tenantId(), this.fixtures.keeper().requester(),
				new DataScope(this.fixtures.tenantId(), false, Set.of(otherUnit), null, someone.userId()));
		assertThat(
				this.damages.page(narrow, new DamageFilter("心电图机-范围", null, null, null), PageRequest.of(0, 20)).items())
			.isEmpty();
		assertThatThrownBy(() -> this.damages.view(narrow, damage.id())).isInstanceOf(NotFoundException.class);
		assertThat(this.damages
			.page(this.fixtures.keeper(), new DamageFilter("心电图机-范围", null, null, null), PageRequest.of(0, 20))
			.items()).singleElement().satisfies(d -> {
				assertThat(d.responsibleName()).isNotBlank();
				assertThat(d.loss()).isEqualByComparingTo("900.00");
			});
	}

}
