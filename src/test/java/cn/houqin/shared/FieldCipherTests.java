package cn.houqin.shared;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import cn.houqin.shared.crypto.FieldCipher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldCipherTests {

	private final FieldCipher cipher = new FieldCipher(key((byte) 7));

	private static byte[] key(byte value) {
		byte[] key = new byte[32];
		Arrays.fill(key, value);
		return key;
	}

	@Test
	void encryptsWithAFreshNonceAndDecryptsBack() {
		String first = this.cipher.encrypt("110101199003071234");
		String second = this.cipher.encrypt("110101199003071234");
		assertThat(first).isNotEqualTo(second).doesNotContain("1234");
		assertThat(this.cipher.decrypt(first)).isEqualTo("110101199003071234");
	}

	@Test
	void blindIndexIsStableAndKeyed() {
		assertThat(this.cipher.blindIndex("a")).isEqualTo(this.cipher.blindIndex("a"));
		assertThat(new FieldCipher(key((byte) 8)).blindIndex("a")).isNotEqualTo(this.cipher.blindIndex("a"));
	}

	@Test
	void refusesTamperedCipherText() {
		String sealed = this.cipher.encrypt("secret");
		char[] chars = sealed.toCharArray();
		chars[20] = chars[20] == 'A' ? 'B' : 'A';
		assertThatThrownBy(() -> this.cipher.decrypt(new String(chars))).isInstanceOf(IllegalStateException.class);
	}

}
