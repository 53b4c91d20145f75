package cn.houqin.org.web;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import cn.houqin.document.PdfApi;
import cn.houqin.org.OrgApi;
import cn.houqin.org.OrgFixtures;
import cn.houqin.org.OrgIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@OrgIntegrationTest
class StaffRosterIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgApi orgApi;

	OrgFixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = new OrgFixtures(this.orgApi);
	}

	@Test
	void rosterOfTheFilterIsALandscapeA4PdfWithMaskedIdCards() throws Exception {
		byte[] file = this.mvc
			.perform(get("/org/staff/roster.pdf").param("unitId", String.valueOf(this.fixtures.unitId("HOSP")))
				.with(user(this.fixtures.admin())))
			.andExpect(status().isOk())
			.andExpect(content().contentType(PdfApi.CONTENT_TYPE))
			.andExpect(header().string("Content-Disposition", containsString("inline")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		try (PDDocument document = Loader.loadPDF(file)) {
			PDRectangle page = document.getPage(0).getMediaBox();
			assertThat(page.getWidth()).isCloseTo(PDRectangle.A4.getHeight(), within(1f));
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("职工花名册", "工号", "姓名", "身份证号", "制表人", "第 1 页 共");
			assertThat(text).containsPattern("\\d{3}\\*{11}[\\dX]{4}").doesNotContainPattern("\\d{17}[\\dX]");
		}
	}

	@Test
	void printViewHasAPrintButtonAndTheSameSheet() throws Exception {
		this.mvc.perform(get("/org/staff/roster?status=ON_DUTY").with(user(this.fixtures.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"print-button\"")))
			.andExpect(content().string(containsString("/org/staff/roster.pdf?status=ON_DUTY")))
			.andExpect(content().string(containsString("id=\"roster\"")))
			.andExpect(content().string(containsString("职工花名册")));
	}

	@Test
	void rosterNeedsTheExportPermission() throws Exception {
		this.mvc.perform(get("/org/staff/roster.pdf").with(user(this.fixtures.hospitalUser("org.staff.view"))))
			.andExpect(status().isForbidden());
	}

}
