package cn.houqin.assets;

import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.Set;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import cn.houqin.access.domain.UserDirectory;
import cn.houqin.assets.domain.AssetQuery;
import cn.houqin.assets.domain.AssetService;
import cn.houqin.assets.domain.AssetView;
import cn.houqin.assets.domain.AssetStocktakeService;
import cn.houqin.assets.domain.AssetStocktakeView;
import cn.houqin.document.ExcelExport;
import cn.houqin.org.OrgApi;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.DataScope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@AssetsIntegrationTest
@Transactional
class AssetWebIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDirectory users;

	@Autowired
	OrgApi org;

	@Autowired
	AssetService assets;

	@Autowired
	AssetStocktakeService stocktakes;

	@Autowired
	ObjectMapper json;

	CurrentUser keeper() {
		return this.users.loadUserByUsername("demo-asset-keeper");
	}

	AssetView demo(String name) {
		long tenantId = this.org.tenantIdByCode("demo").orElseThrow();
		return this.assets
			.all(new DataScope(tenantId, true, Set.of(), null, 0L), new AssetQuery(name, null, null, null, null, null),
					Sort.by("assetNo"), java.time.LocalDate.now())
			.get(0);
	}

	@Test
	@DisplayName("the register lists, filters (htmx) and exports the demo cards with their net book value")
	void registerListsFiltersAndExports() throws Exception {
		this.mvc.perform(get("/assets").with(user(keeper())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("内科护士站台式计算机")));
		this.mvc
			.perform(get("/assets").param("categoryCode", "MEDICAL").header("HX-Request", "true").with(user(keeper())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("心电监护仪")))
			.andExpect(content().string(not(containsString("总务科复印机"))));
		this.mvc.perform(get("/assets/idle").with(user(keeper()))).andExpect(content().string(containsString("档案柜")));
		this.mvc.perform(get("/assets/export").with(user(keeper())))
			.andExpect(status().isOk())
			.andExpect(content().contentType(ExcelExport.CONTENT_TYPE));
		this.mvc.perform(get("/assets").with(user(this.users.loadUserByUsername("demo-staff"))))
			.andExpect(content().string(not(containsString("彩色多普勒超声诊断仪"))));
	}

	@Test
	@DisplayName("a movement with an unknown receiver is refused on its field; land and relics show no depreciation")
	void cardPageShowsInlineErrors() throws Exception {
		AssetView pc = demo("内科护士站台式计算机");
		this.mvc
			.perform(post("/assets/{id}/movements", pc.id()).with(user(keeper()))
				.with(csrf())
				.param("kind", "TRANSFER")
				.param("toStaffNo", "NOPE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("人员不存在")))
			.andExpect(content().string(containsString("is-invalid")));
		AssetView relic = demo("清代院址石碑");
		assertThat(relic.netBookValue()).isEqualByComparingTo(relic.originalValue());
		this.mvc.perform(get("/assets/{id}", relic.id()).with(user(keeper())))
			.andExpect(content().string(containsString("不计提折旧")));
	}

	@Test
	@DisplayName("the label sheet encodes the phone page's absolute URL; the PDF's code decodes to it")
	void labelsEncodeThePhonePage() throws Exception {
		AssetView pc = demo("内科护士站台式计算机");
		this.mvc.perform(get("/assets/labels").param("ids", Long.toString(pc.id())).with(user(keeper())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data:image/png;base64,")))
			.andExpect(content().string(containsString("http://localhost/assets/scan/" + pc.assetNo())));
		byte[] pdf = this.mvc
			.perform(get("/assets/labels.pdf").param("ids", Long.toString(pc.id())).with(user(keeper())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains(pc.assetNo(), "内科护士站台式计算机", "/assets/scan/" + pc.assetNo());
			BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 300);
			int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
			BinaryBitmap bitmap = new BinaryBitmap(
					new HybridBinarizer(new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
			Result decoded = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
			assertThat(decoded.getText()).isEqualTo("http://localhost/assets/scan/" + pc.assetNo());
		}
	}

	@Test
	@DisplayName("the phone page offers a fault report, presence in an open stocktake and a transfer")
	void scanPageConfirmsPresence() throws Exception {
		AssetView pc = demo("内科护士站台式计算机");
		this.mvc.perform(get("/assets/scan/{no}", pc.assetNo()).with(user(keeper())))
			.andExpect(content().string(containsString("/repairs/report?assetId=" + pc.id())))
			.andExpect(content().string(containsString("id=\"request-transfer\"")));
		this.mvc
			.perform(post("/assets/stocktakes").with(user(keeper()))
				.with(csrf())
				.param("title", "内科年度清点")
				.param("unitId", Long.toString(pc.unitId())))
			.andExpect(flash().attribute("flashSuccess", "assets.flash.stocktakeStarted"));
		long tenantId = pc.id() > 0 ? keeper().tenantId() : 0;
		AssetStocktakeView open = this.stocktakes.openFor(new DataScope(tenantId, true, Set.of(), null, 0L), pc.id())
			.stream()
			.filter(s -> s.title().equals("内科年度清点"))
			.findFirst()
			.orElseThrow();
		this.mvc.perform(get("/assets/scan/{no}", pc.assetNo()).with(user(keeper())))
			.andExpect(content().string(containsString("内科年度清点")));
		this.mvc
			.perform(post("/assets/scan/{no}/confirm", pc.assetNo()).with(user(keeper()))
				.with(csrf())
				.param("stocktakeId", Long.toString(open.id()))
				.param("location", "住院楼 3 层治疗室"))
			.andExpect(flash().attribute("flashSuccess", "assets.flash.presenceConfirmed"));
		String response = this.mvc.perform(get("/api/v1/assets/stocktakes/{id}", open.id()).with(user(keeper())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode lines = this.json.readTree(response).get("lines");
		boolean mislocated = false;
		for (JsonNode line : lines) {
			if (line.get("assetId").asLong() == pc.id()) {
				mislocated = "MISLOCATED".equals(line.get("result").asString());
			}
		}
		assertThat(mislocated).isTrue();
		this.mvc
			.perform(post("/api/v1/assets/stocktakes/{id}/close", open.id()).with(user(keeper()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":%d}".formatted(open.version())))
			.andExpect(jsonPath("$.status").value("CLOSED"));
		AssetStocktakeView closed = this.stocktakes.view(new DataScope(tenantId, true, Set.of(), null, 0L), open.id());
		assertThat(closed.variances()).isNotEmpty();
		this.mvc
			.perform(post("/api/v1/assets/stocktakes/{id}/post", open.id()).with(user(keeper()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":%d}".formatted(closed.version())))
			.andExpect(jsonPath("$.status").value("POSTED"));
		assertThat(this.assets.view(new DataScope(tenantId, true, Set.of(), null, 0L), pc.id()).location())
			.isEqualTo("住院楼 3 层治疗室");
	}

	@Test
	@DisplayName("disposal before the minimum life needs a written reason; a large one needs the authority and the committee")
	void disposalRules() throws Exception {
		AssetView laptop = demo("内科医生办公室便携式计算机");
		this.mvc
			.perform(post("/api/v1/assets/disposals").with(user(keeper()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"assetIds\":[%d],\"method\":\"SCRAP\",\"reason\":\"屏幕损坏\"}".formatted(laptop.id())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("assets.disposal.error.earlyReason"));
		AssetView scanner = demo("彩色多普勒超声诊断仪");
		var response = this.mvc
			.perform(post("/api/v1/assets/disposals").with(user(keeper()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"assetIds\":[%d],\"method\":\"TRANSFER_OUT\",\"reason\":\"调拨至乡镇卫生院\"}"
					.formatted(scanner.id())))
			.andReturn()
			.getResponse();
		String body = response.getContentAsString();
		assertThat(response.getStatus()).as(body).isEqualTo(201);
		JsonNode disposal = this.json.readTree(body);
		assertThat(disposal.get("status").asString()).isEqualTo("IN_APPROVAL");
		assertThat(disposal.get("bulk").asBoolean()).isTrue();
		assertThat(disposal.get("authorityRequired").asBoolean()).isTrue();
		assertThat(disposal.get("approvalId").isNumber()).isTrue();
		assertThat(
				this.assets.view(new DataScope(keeper().tenantId(), true, Set.of(), null, 0L), scanner.id()).status())
			.isEqualTo(AssetStatus.PENDING_DISPOSAL);
	}

	@Test
	@DisplayName("the report page, its Excel and its PDF show net book value by kind")
	void reports() throws Exception {
		CurrentUser finance = this.users.loadUserByUsername("demo-finance");
		this.mvc.perform(get("/assets/reports").with(user(finance)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("专用设备")));
		this.mvc.perform(get("/assets/reports/export").with(user(finance))).andExpect(status().isOk());
		byte[] pdf = this.mvc.perform(get("/assets/reports.pdf").with(user(finance)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("资产报表", "专用设备", "合计");
		}
	}

}
