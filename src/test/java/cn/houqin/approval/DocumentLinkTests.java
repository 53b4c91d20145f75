package cn.houqin.approval;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DocumentLinkTests {

	@Test
	void fillsTheDocumentsIdIntoItsPath() {
		assertThat(new DocumentLink("SUPPLY_PURCHASE", "/supplies/purchase-requests/{id}").pathOf(42))
			.isEqualTo("/supplies/purchase-requests/42");
	}

	@Test
	void refusesAPathWithoutTheId() {
		assertThatIllegalArgumentException().isThrownBy(() -> new DocumentLink("X", "/x/list"));
	}

}
