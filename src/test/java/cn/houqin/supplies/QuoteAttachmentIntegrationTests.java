package cn.houqin.supplies;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.access.domain.UserDirectory;
import cn.houqin.approval.ApprovalOutcome;
import cn.houqin.org.OrgApi;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.supplies.domain.Actor;
import cn.houqin.supplies.domain.CatalogueService;
import cn.houqin.supplies.domain.ItemView;
import cn.houqin.supplies.domain.PurchaseDraft;
import cn.houqin.supplies.domain.PurchaseService;
import cn.houqin.supplies.domain.PurchaseView;
import cn.houqin.supplies.domain.QuoteAttachment;
import cn.houqin.supplies.domain.QuoteDraft;
import cn.houqin.supplies.domain.ReceivingService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Quote documents (报价单) uploaded with the quotes: type and size checked, shown and
 * downloadable on the purchase page within the caller's scope.
 */
@SuppliesIntegrationTest
@Transactional
class QuoteAttachmentIntegrationTests {

	static final byte[] PDF = "%PDF-1.4\n报价单\n%%EOF".getBytes(StandardCharsets.UTF_8);

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
	PurchaseService purchases;

	SuppliesFixtures fixtures;

	CurrentUser logistics;

	long requestId;

	@BeforeEach
	void setUp() {
		this.fixtures = new SuppliesFixtures(this.users, this.org, this.scopes, this.catalogue, this.receiving);
		this.logistics = this.fixtures.user("demo-logistics");
		Actor head = this.fixtures.actor("demo-dept-head", "supplies.purchase.create");
		ItemView paper = this.fixtures.stockedItem("A4复印纸（报价单）");
		PurchaseView filed = this.purchases.file(head,
				new PurchaseDraft(null, head.requester().staffId(), "科室办公需要", LocalDate.now().plusDays(7),
						List.of(new PurchaseDraft.Line(paper.id(), new BigDecimal("20"), new BigDecimal("25.00")))));
		this.purchases.approvalDecided(this.fixtures.tenantId(), filed.id(), ApprovalOutcome.APPROVED);
		this.requestId = filed.id();
	}

	ResultActions quote(MockMultipartFile... files) throws Exception {
		var request = multipart("/supplies/purchases/{id}/quotes", this.requestId);
		for (MockMultipartFile file : files) {
			request.file(file);
		}
		for (int i = 0; i < 3; i++) {
			request.param("lines[" + i + "].supplier", "供应商" + i)
				.param("lines[" + i + "].unitPrice", Integer.toString(480 + i * 10))
				.param("lines[" + i + "].quotedOn", LocalDate.now().toString());
		}
		return this.mvc.perform(request.param("chosen", "0").with(user(this.logistics)).with(csrf()))
			.andExpect(redirectedUrl("/supplies/purchases/" + this.requestId));
	}

	@Test
	@DisplayName("报价单随报价上传：页面列出文件名，可下载原文件")
	void uploadedQuoteDocumentIsShownAndDownloadable() throws Exception {
		quote(new MockMultipartFile("lines[1].file", "报价单-乙.pdf", "application/pdf", PDF),
				new MockMultipartFile("lines[0].file", "", "application/octet-stream", new byte[0]))
			.andExpect(flash().attribute("flashSuccess", "supplies.flash.quoted"));
		PurchaseView view = this.purchases.view(this.fixtures.actor("demo-logistics", "supplies.purchase.manage"),
				this.requestId);
		assertThat(view.quotes()).extracting(PurchaseView.QuoteLine::fileName).containsExactly(null, "报价单-乙.pdf", null);
		this.mvc.perform(get("/supplies/purchases/{id}", this.requestId).with(user(this.logistics)))
			.andExpect(content().string(containsString("/supplies/purchases/" + this.requestId + "/quotes/1/file")))
			.andExpect(content().string(containsString("报价单-乙.pdf")));
		this.mvc.perform(get("/supplies/purchases/{id}/quotes/1/file", this.requestId).with(user(this.logistics)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(content().bytes(PDF));
		this.mvc.perform(get("/supplies/purchases/{id}/quotes/0/file", this.requestId).with(user(this.logistics)))
			.andExpect(status().isNotFound());
	}

	@Test
	@DisplayName("不是 PDF/JPEG/PNG 的文件或超过 10 MB 的文件被拒绝并说明原因，报价不写入")
	void wrongTypeOrSizeIsRefusedAndNothingIsWritten() throws Exception {
		quote(new MockMultipartFile("lines[0].file", "报价.docx", "application/pdf",
				"PK not a pdf".getBytes(StandardCharsets.UTF_8)))
			.andExpect(flash().attribute("flashArgs", "文件 报价.docx 不是 PDF、JPEG 或 PNG"));
		quote(new MockMultipartFile("lines[0].file", "报价.exe", "application/x-msdownload", PDF))
			.andExpect(flash().attribute("flashArgs", "文件 报价.exe 不是 PDF、JPEG 或 PNG"));
		byte[] large = Arrays.copyOf(PDF, QuoteAttachment.MAX_MB * 1024 * 1024 + 1);
		quote(new MockMultipartFile("lines[2].file", "扫描.pdf", "application/pdf", large))
			.andExpect(flash().attribute("flashArgs", "文件 扫描.pdf 超过 10 MB"));
		assertThat(
				this.purchases.view(this.fixtures.actor("demo-logistics", "supplies.purchase.manage"), this.requestId)
					.quotes())
			.isEmpty();
	}

	@Test
	@DisplayName("看不到这份采购申请的人下载报价单答 404；空文件被拒绝")
	void outsideTheScopeTheDocumentIsNotFound() throws Exception {
		Actor keeper = this.fixtures.actor("demo-logistics", "supplies.purchase.manage");
		ItemView pen = this.fixtures.stockedItem("中性笔（外科报价单）");
		PurchaseView surgery = this.purchases.file(keeper,
				new PurchaseDraft(this.fixtures.unitId("HOSP-WK"), keeper.requester().staffId(), "外科办公需要",
						LocalDate.now().plusDays(7),
						List.of(new PurchaseDraft.Line(pen.id(), new BigDecimal("10"), new BigDecimal("2.00")))));
		this.purchases.approvalDecided(this.fixtures.tenantId(), surgery.id(), ApprovalOutcome.APPROVED);
		this.purchases.quote(keeper, surgery.id(),
				new QuoteDraft(List.of(
						new QuoteDraft.Line("甲", new BigDecimal("20"), LocalDate.now(), null,
								new QuoteAttachment("甲.png", "image/png",
										new byte[] { (byte) 0x89, 'P', 'N', 'G', 1, 2 })),
						new QuoteDraft.Line("乙", new BigDecimal("21"), LocalDate.now(), null),
						new QuoteDraft.Line("丙", new BigDecimal("22"), LocalDate.now(), null)), 0, null));
		this.mvc.perform(get("/supplies/purchases/{id}/quotes/0/file", surgery.id()).with(user(this.logistics)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"));
		CurrentUser internalHead = this.fixtures.user("demo-dept-head");
		this.mvc.perform(get("/supplies/purchases/{id}/quotes/0/file", surgery.id()).with(user(internalHead)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/supplies/purchases/{id}/quotes/0/file", surgery.id())
				.with(user(this.fixtures.user("demo-staff"))))
			.andExpect(status().isForbidden());
		assertThatThrownBy(() -> this.purchases.quote(keeper, surgery.id(),
				new QuoteDraft(List.of(new QuoteDraft.Line("甲", new BigDecimal("20"), LocalDate.now(), null,
						new QuoteAttachment("a.pdf", "application/pdf", new byte[0]))), 0, null)))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("supplies.quote.error.fileEmpty"));
	}

}
