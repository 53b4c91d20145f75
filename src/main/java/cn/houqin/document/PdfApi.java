package cn.houqin.document;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import cn.houqin.document.domain.PdfRenderer;
import cn.houqin.document.domain.PrintTemplates;

/**
 * Printable documents (打印单): renders a page template to an A4 PDF with embedded Chinese
 * glyphs and page numbers, for notices, approval forms, registers and lists people sign
 * or post.
 * <p>
 * Templates use the print layout {@code document/print :: page(title, content)} and are
 * well-formed XHTML (closed tags, {@code &#160;} instead of {@code &nbsp;}). The model
 * attribute {@value #PDF} is {@code true} while rendering a PDF; the same template,
 * returned as a view, is the browser's print view with a print button.
 */
@Component
public class PdfApi {

	/** The MIME type of a PDF file. */
	public static final String CONTENT_TYPE = MediaType.APPLICATION_PDF_VALUE;

	/** Model attribute telling a template that it is being rendered to PDF. */
	public static final String PDF = "pdf";

	/** Model attribute asking the print layout for landscape A4 pages. */
	public static final String LANDSCAPE = "landscape";

	private final PrintTemplates templates;

	private final PdfRenderer renderer;

	PdfApi(PrintTemplates templates, PdfRenderer renderer) {
		this.templates = templates;
		this.renderer = renderer;
	}

	/**
	 * Renders {@code template} (a name such as {@code org/staff/roster}) with the model
	 * in the given language.
	 * @return the PDF file's bytes
	 */
	public byte[] render(String template, Map<String, Object> model, Locale locale) {
		Map<String, Object> variables = new HashMap<>(model);
		variables.put(PDF, true);
		return this.renderer.render(this.templates.process(template, variables, locale));
	}

	/**
	 * A response that shows the PDF in the browser (and saves it under {@code filename}
	 * when downloaded).
	 */
	public static ResponseEntity<byte[]> inline(byte[] pdf, String filename) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(filename, StandardCharsets.UTF_8).build().toString())
			.body(pdf);
	}

}
