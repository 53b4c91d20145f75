package cn.houqin.assets.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A disposal request as pages and the API show it.
 *
 * @param id the request
 * @param method how the assets leave the books
 * @param reason why
 * @param appraisal the technical appraisal (技术鉴定), or {@code null}
 * @param earlyReason the written reason for disposing before the minimum life, or
 * {@code null}
 * @param unitId the requesting unit
 * @param totalValue the assets' original value in 元
 * @param bulk whether it is a bulk disposal (committee step)
 * @param authorityRequired whether a 主管部门/财政 approval reference must be recorded
 * @param authorityRef that reference, or {@code null}
 * @param status where it stands
 * @param approvalId its approval, or {@code null}
 * @param proceeds proceeds in 元, or {@code null}
 * @param completedOn when the assets left the books, or {@code null}
 * @param items the assets
 * @param version for optimistic locking
 */
public record DisposalView(long id, DisposalMethod method, String reason, String appraisal, String earlyReason,
		long unitId, BigDecimal totalValue, boolean bulk, boolean authorityRequired, String authorityRef,
		DisposalStatus status, Long approvalId, BigDecimal proceeds, LocalDate completedOn, List<Item> items,
		long version) {

	/**
	 * @param assetId the asset
	 * @param assetNo its number
	 * @param name its name
	 * @param originalValue its original value
	 * @param netBookValue its net book value when requested
	 */
	public record Item(long assetId, String assetNo, String name, BigDecimal originalValue, BigDecimal netBookValue) {

	}

}
