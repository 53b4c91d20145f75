package cn.houqin.assets.domain;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Local disposal thresholds (standards-cn: e.g. a city's 财政 review at 10万元 per item or
 * 20万元 per batch): at or above them a 主管部门/财政 approval reference must be recorded; a
 * batch at or above the batch value, or of at least {@code bulkCount} assets, is a bulk
 * disposal that needs the leadership committee (篇1 大宗物品、设备的处置报废).
 *
 * @param itemAuthority per-item value needing the authority's approval
 * @param batchAuthority per-batch value needing the authority's approval
 * @param bulkCount number of assets that makes a batch bulk
 */
@ConfigurationProperties("houqin.assets.disposal")
public record DisposalSettings(BigDecimal itemAuthority, BigDecimal batchAuthority, Integer bulkCount) {

	public DisposalSettings {
		itemAuthority = itemAuthority == null ? new BigDecimal("100000.00") : itemAuthority;
		batchAuthority = batchAuthority == null ? new BigDecimal("200000.00") : batchAuthority;
		bulkCount = bulkCount == null ? 10 : bulkCount;
	}

}
