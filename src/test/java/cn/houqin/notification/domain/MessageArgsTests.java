package cn.houqin.notification.domain;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MessageArgsTests {

	private final MessageArgs converter = new MessageArgs();

	@Test
	void storesArgumentsAsAJsonArray() {
		String column = this.converter.convertToDatabaseColumn(List.of("三楼\"会议室\"", "2026-03-02"));

		assertThat(column).isEqualTo("[\"三楼\\\"会议室\\\"\",\"2026-03-02\"]");
		assertThat(this.converter.convertToEntityAttribute(column)).containsExactly("三楼\"会议室\"", "2026-03-02");
	}

	@Test
	void readsAnEmptyColumnAsNoArguments() {
		assertThat(this.converter.convertToEntityAttribute("[]")).isEmpty();
		assertThat(this.converter.convertToEntityAttribute(null)).isEmpty();
	}

}
