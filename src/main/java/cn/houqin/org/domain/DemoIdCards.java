package cn.houqin.org.domain;

/**
 * Valid-looking ID-card numbers for demo staff (region 411302, births in the
 * 1970s–1990s), with a correct check character.
 */
final class DemoIdCards {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final char[] CHECK = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };

	private DemoIdCards() {
	}

	static String number(int sequence) {
		String body = "411302%04d%02d%02d%03d".formatted(1970 + sequence % 28, 1 + sequence % 12, 1 + sequence % 28,
				sequence % 1000);
		return body + checkCharacter(body);
	}

	static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK[sum % 11];
	}

}
