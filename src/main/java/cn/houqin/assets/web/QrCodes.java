package cn.houqin.assets.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import org.springframework.stereotype.Component;

/**
 * QR codes of asset labels as PNG data URIs, usable in the print page and its PDF alike.
 */
@Component
class QrCodes {

	private static final int SIZE = 240;

	/**
	 * The code as rows of runs of dark and light modules, for the PDF sheet (drawn as
	 * blocks, since the PDF renderer loads no images).
	 * @param moduleMm the size of one module in millimetres
	 */
	List<List<Run>> rows(String text, double moduleMm) {
		BitMatrix matrix = matrix(text, 0, 2);
		List<List<Run>> rows = new ArrayList<>();
		for (int y = 0; y < matrix.getHeight(); y++) {
			List<Run> row = new ArrayList<>();
			int x = 0;
			while (x < matrix.getWidth()) {
				boolean dark = matrix.get(x, y);
				int start = x;
				while (x < matrix.getWidth() && matrix.get(x, y) == dark) {
					x++;
				}
				row.add(new Run(dark, String.format(Locale.ROOT, "%.2f", (x - start) * moduleMm)));
			}
			rows.add(row);
		}
		return rows;
	}

	private static BitMatrix matrix(String text, int size, int margin) {
		try {
			return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, margin));
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("Cannot encode QR code", ex);
		}
	}

	/**
	 * A run of modules of one colour.
	 *
	 * @param dark whether the modules are dark
	 * @param width its width in millimetres
	 */
	record Run(boolean dark, String width) {
	}

	String dataUri(String text) {
		try {
			BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, SIZE, SIZE,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 1));
			BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(),
					BufferedImage.TYPE_BYTE_BINARY);
			for (int x = 0; x < matrix.getWidth(); x++) {
				for (int y = 0; y < matrix.getHeight(); y++) {
					image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("Cannot encode QR code", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
