package cn.houqin.org.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Checks a resident ID-card number (公民身份号码, GB 11643-1999): 18 characters, a valid birth
 * date, and the ISO 7064 MOD 11-2 check character.
 */
public final class IdCardNumber {

	private static final Pattern SHAPE = Pattern.compile("\\d{17}[\\dX]");

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final char[] CHECK = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };

	private IdCardNumber() {
	}

	public static String normalise(String raw) {
		return raw == null ? null : raw.trim().toUpperCase();
	}

	public static boolean isValid(String raw) {
		String number = normalise(raw);
		if (number == null || !SHAPE.matcher(number).matches()) {
			return false;
		}
		try {
			LocalDate.of(Integer.parseInt(number.substring(6, 10)), Integer.parseInt(number.substring(10, 12)),
					Integer.parseInt(number.substring(12, 14)));
		}
		catch (DateTimeException ex) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (number.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK[sum % 11] == number.charAt(17);
	}

	/**
	 * {@code 110***********1234}: the region's first three and the last four characters.
	 */
	public static String mask(String raw) {
		String number = normalise(raw);
		return number.substring(0, 3) + "*".repeat(number.length() - 7) + number.substring(number.length() - 4);
	}

}
