package cn.houqin.notification;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class NotifyTests {

	@Test
	void keepsArgumentsAndTheLinkInsideTheApplication() {
		Notify notify = Notify.withEmail(1, 2, "notification.reminder.generic", List.of("开会"), "/meetings/7");

		assertThat(notify.args()).containsExactly("开会");
		assertThat(notify.link()).isEqualTo("/meetings/7");
		assertThat(notify.email()).isTrue();
	}

	@Test
	void refusesLinksToOtherSites() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Notify.inApp(1, 2, "k", List.of(), "https://evil.example/login"));
		assertThatIllegalArgumentException().isThrownBy(() -> Notify.inApp(1, 2, "k", List.of(), "//evil.example"));
		assertThatIllegalArgumentException().isThrownBy(() -> Notify.inApp(1, 2, "k", List.of(), "/\\evil.example"));
		assertThatIllegalArgumentException().isThrownBy(() -> Notify.inApp(1, 2, "k", List.of(), "javascript:x()"));
	}

	@Test
	void refusesAMessageWithoutKey() {
		assertThatIllegalArgumentException().isThrownBy(() -> Notify.inApp(1, 2, " ", List.of(), null));
		assertThatIllegalArgumentException().isThrownBy(() -> Notify.inApp(1, 2, null, List.of(), null));
	}

	@Test
	void refusesTooManyArguments() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> Notify.inApp(1, 2, "k", List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"), null));
	}

	@Test
	void storesMissingArgumentsAsEmptyTextAndShortensLongOnes() {
		Notify notify = Notify.inApp(1, 2, "k", Arrays.asList(null, "长".repeat(1000)), null);

		assertThat(notify.args().get(0)).isEmpty();
		assertThat(notify.args().get(1)).hasSize(MessageRules.MAX_ARG_LENGTH).endsWith("…");
		assertThat(Notify.inApp(1, 2, "k", null, null).args()).isEmpty();
	}

}
