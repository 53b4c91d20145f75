package cn.houqin.document;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import cn.houqin.document.domain.PdfRenderer;
import cn.houqin.document.domain.PrintTemplates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PdfApiTests {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	static PdfApi pdf;

	@BeforeAll
	static void setUp() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/document");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		pdf = new PdfApi(new PrintTemplates(messages), new PdfRenderer());
	}

	@Test
	void chineseTextComesBackOutOfThePdf() throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.render("document/sample", sample(3), CHINESE))) {
			String text = new PDFTextStripper().getText(document);

			assertThat(text).contains("审批单", "后勤管理", "县人民医院", "¥4,500.00", "2026-03-01 16:30", "序号", "制表人", "审核人",
					"负责人");
		}
	}

	@Test
	void embedsASubsetOfTheChineseFont() throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.render("document/sample", sample(3), CHINESE))) {
			List<PDFont> fonts = fonts(document.getPage(0));

			assertThat(fonts).isNotEmpty().allSatisfy(font -> {
				assertThat(font).isInstanceOf(PDType0Font.class);
				assertThat(font.isEmbedded()).isTrue();
				assertThat(font.getName()).matches("[A-Z]{6}\\+WenQuanYiMicroHei");
			});
			PDType0Font font = (PDType0Font) fonts.get(0);
			assertThat(font.getDescendantFont().getFontDescriptor().getFontFile2()).isNotNull();
		}
	}

	@Test
	void pagesAreA4WithNumbersInTheFooter() throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.render("document/sample", sample(80), CHINESE))) {
			assertThat(document.getNumberOfPages()).isGreaterThan(1);
			PDRectangle page = document.getPage(0).getMediaBox();
			assertThat(page.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within(1f));
			assertThat(page.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), within(1f));
			String text = new PDFTextStripper().getText(document);
			int pages = document.getNumberOfPages();
			assertThat(text).contains("第 1 页 共 " + pages + " 页", "第 " + pages + " 页 共 " + pages + " 页");
		}
	}

	@Test
	void landscapeIsAskedForByTheModel() throws IOException {
		Map<String, Object> model = sample(3);
		model.put(PdfApi.LANDSCAPE, true);
		try (PDDocument document = Loader.loadPDF(pdf.render("document/sample", model, CHINESE))) {
			PDRectangle page = document.getPage(0).getMediaBox();
			assertThat(page.getWidth()).isCloseTo(PDRectangle.A4.getHeight(), within(1f));
			assertThat(page.getHeight()).isCloseTo(PDRectangle.A4.getWidth(), within(1f));
		}
	}

	@Test
	void labelsFollowTheLocaleAndThePrintButtonIsNotInThePdf() throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.render("document/sample", sample(3), Locale.ENGLISH))) {
			String text = new PDFTextStripper().getText(document);

			assertThat(text).contains("Page 1 of 1", "Prepared by", "No.").doesNotContain("Print", "Download PDF");
		}
	}

	@Test
	void markupInTheDataIsPrintedAsText() throws IOException {
		Map<String, Object> model = sample(1);
		model.put("lines", List.of("<img src=\"http://example.invalid/x.png\"/> & <b>粗</b>"));
		try (PDDocument document = Loader.loadPDF(pdf.render("document/sample", model, CHINESE))) {
			assertThat(new PDFTextStripper().getText(document)).contains("<img src=", "& <b>粗</b>");
		}
	}

	private static Map<String, Object> sample(int lines) {
		Map<String, Object> model = new HashMap<>();
		model.put("title", "审批单");
		model.put("unit", "县人民医院");
		model.put("submittedAt", Instant.parse("2026-03-01T08:30:00Z"));
		model.put("itemHeader", "事项");
		model.put("amountHeader", "金额");
		model.put("amount", new BigDecimal("4500.00"));
		model.put("lines", IntStream.rangeClosed(1, lines).mapToObj(i -> "后勤管理 第 " + i + " 项").toList());
		return model;
	}

	private static List<PDFont> fonts(PDPage page) throws IOException {
		List<PDFont> fonts = new ArrayList<>();
		for (COSName name : page.getResources().getFontNames()) {
			fonts.add(page.getResources().getFont(name));
		}
		return fonts;
	}

}
