package cn.houqin.document.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.pdmodel.PDDocument;

import org.springframework.stereotype.Component;

/**
 * Lays well-formed XHTML out as PDF pages with openhtmltopdf, every text in the
 * {@link CjkFont} face. Nothing outside the document is fetched: templates carry their
 * styles inline, and a URL in data cannot make the server load anything.
 */
@Component
public class PdfRenderer {

	private static final String PRODUCER = "Houqin";

	private final CjkFont font;

	public PdfRenderer() {
		this.font = new CjkFont();
	}

	public byte[] render(String xhtml) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (PDDocument document = new PDDocument(); CjkFont.Loaded cjk = this.font.load(document)) {
			PDFontSupplier supplier = new PDFontSupplier(cjk.font());
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePDDocument(document);
			builder.useFont(supplier, CjkFont.FAMILY, 400, FontStyle.NORMAL, true);
			builder.useFont(supplier, CjkFont.FAMILY, 700, FontStyle.NORMAL, true);
			builder.useExternalResourceAccessControl((uri, type) -> false,
					ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
			builder.useExternalResourceAccessControl((uri, type) -> false,
					ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
			builder.withProducer(PRODUCER);
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
