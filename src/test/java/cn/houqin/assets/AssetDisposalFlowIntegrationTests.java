package cn.houqin.assets;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import cn.houqin.access.domain.UserDirectory;
import cn.houqin.approval.domain.Action;
import cn.houqin.approval.domain.ApprovalQueries;
import cn.houqin.approval.domain.ApprovalService;
import cn.houqin.approval.domain.InboxItem;
import cn.houqin.approval.domain.Viewer;
import cn.houqin.assets.domain.AssetDraft;
import cn.houqin.assets.domain.AssetService;
import cn.houqin.assets.domain.AssetView;
import cn.houqin.assets.domain.DisposalMethod;
import cn.houqin.assets.domain.DisposalService;
import cn.houqin.assets.domain.DisposalStatus;
import cn.houqin.assets.domain.DisposalView;
import cn.houqin.org.OrgApi;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.DataScope;
import cn.houqin.shared.web.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Committed transactions: a disposal approved by the unit head through the approval
 * module, then completed with the authority's reference; the card leaves the books.
 */
@AssetsIntegrationTest
class AssetDisposalFlowIntegrationTests {

	@Autowired
	UserDirectory users;

	@Autowired
	OrgApi org;

	@Autowired
	AssetService assets;

	@Autowired
	DisposalService disposals;

	@Autowired
	ApprovalQueries approvalQueries;

	@Autowired
	ApprovalService approvals;

	@Test
	@DisplayName("an approved disposal of 15万元 needs the authority's reference, then the card is disposed of")
	void approvedDisposalCompletes() {
		CurrentUser keeper = this.users.loadUserByUsername("demo-asset-keeper");
		long tenantId = keeper.tenantId();
		DataScope all = new DataScope(tenantId, true, Set.of(), null, 0L);
		long unitId = this.org.unitByCode(tenantId, "HOSP-YYK").orElseThrow().id();
		AssetView card = this.assets.create(all, new AssetDraft("旧生化分析仪", "MEDICAL", null, null, null,
				LocalDate.of(2012, 4, 1), new BigDecimal("150000.00"), null, "检验科", unitId, null, null));
		DisposalView disposal = this.disposals.request(keeper, all, List.of(card.id()), DisposalMethod.SCRAP,
				"超过使用年限，无法维修", "设备科鉴定：主板老化", null);
		assertThat(disposal.authorityRequired()).isTrue();
		assertThat(disposal.bulk()).isFalse();

		long unitHead = this.users.loadUserByUsername("demo-unit-head").userId();
		InboxItem task = this.approvalQueries.inbox(tenantId, unitHead, "ASSET_DISPOSAL", null, PageRequest.of(0, 200))
			.items()
			.stream()
			.filter(item -> item.documentId() == disposal.id())
			.findFirst()
			.orElseThrow();
		this.approvals.act(new Viewer(tenantId, unitHead, null), task.taskId(), Action.approve("同意报废"), null);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.disposals.view(all, disposal.id()).status() == DisposalStatus.APPROVED);

		DisposalView approved = this.disposals.view(all, disposal.id());
		assertThatThrownBy(() -> this.disposals.complete(all, disposal.id(), approved.version(), null,
				new BigDecimal("800.00"), LocalDate.now()))
			.isInstanceOf(BusinessRuleException.class);
		DisposalView done = this.disposals.complete(all, disposal.id(), approved.version(), "卫健财〔2026〕18号",
				new BigDecimal("800.00"), LocalDate.now());
		assertThat(done.status()).isEqualTo(DisposalStatus.COMPLETED);
		AssetView disposed = this.assets.view(all, card.id());
		assertThat(disposed.status()).isEqualTo(AssetStatus.DISPOSED);
		assertThat(disposed.netBookValue().signum()).isGreaterThanOrEqualTo(0);
	}

}
