package cn.houqin.document.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import org.springframework.core.io.ClassPathResource;

/**
 * The Chinese face embedded in every PDF: WenQuanYi Micro Hei (文泉驿微米黑, Apache-2.0), taken
 * by name out of its TrueType collection so that the collection's other face (Mono) is
 * never mixed in. The file is read once; each document parses its own copy because PDFBox
 * fonts are not shared between threads.
 */
public final class CjkFont {

	/** The CSS font family that templates use. */
	public static final String FAMILY = "cjk";

	static final String RESOURCE = "fonts/wqy-microhei.ttc";

	static final String FACE = "WenQuanYiMicroHei";

	private final byte[] collection;

	public CjkFont() {
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			this.collection = in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The PDF font " + RESOURCE + " is missing", ex);
		}
	}

	/**
	 * Loads the face into a document, embedding only the glyphs used (subset). The
	 * collection is closed with the document's fonts once the document is saved.
	 */
	public Loaded load(PDDocument document) throws IOException {
		TrueTypeCollection ttc = new TrueTypeCollection(new ByteArrayInputStream(this.collection));
		try {
			TrueTypeFont face = ttc.getFontByName(FACE);
			if (face == null) {
				throw new IOException("No face " + FACE + " in " + RESOURCE);
			}
			return new Loaded(ttc, PDType0Font.load(document, face, true));
		}
		catch (IOException | RuntimeException ex) {
			ttc.close();
			throw ex;
		}
	}

	/** A face loaded into one document, with the collection to close after saving. */
	public record Loaded(TrueTypeCollection collection, PDType0Font font) implements AutoCloseable {

		@Override
		public void close() throws IOException {
			this.collection.close();
		}

	}

}
