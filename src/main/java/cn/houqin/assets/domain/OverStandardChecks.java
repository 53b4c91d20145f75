package cn.houqin.assets.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.houqin.approval.OverStandard;
import cn.houqin.standards.Finding;
import cn.houqin.standards.RuleKind;
import cn.houqin.standards.StandardCheck;
import cn.houqin.standards.StandardSubject;
import cn.houqin.standards.StandardsApi;

/**
 * Over-standard checks of the asset register through the standards module: the price cap
 * of office equipment and furniture (配置标准), and disposal before the minimum useful life
 * (the standard's years, or the category's life).
 */
@Component
class OverStandardChecks {

	private final StandardsApi standards;

	OverStandardChecks(StandardsApi standards) {
		this.standards = standards;
	}

	/** Findings on a card's price against the equipment standard in force when bought. */
	List<OverStandard> purchase(long tenantId, AssetView asset, AssetCategoryView category) {
		if (category == null || category.standardEquipment() == null) {
			return List.of();
		}
		List<Finding> over = this.standards.overStandard(tenantId, StandardCheck.forSubject(StandardSubject.EQUIPMENT,
				RuleKind.MAX_AMOUNT, asset.originalValue(), asset.purchaseDate(), context(category)));
		return over.stream().map(OverStandardChecks::of).toList();
	}

	/** Findings on disposing of an asset before its minimum useful life. */
	List<OverStandard> disposal(long tenantId, AssetView asset, AssetCategoryView category, LocalDate on) {
		List<OverStandard> findings = new ArrayList<>();
		BigDecimal years = BigDecimal.valueOf(DisposalService.ageInYears(asset.purchaseDate(), on));
		if (category != null && category.standardEquipment() != null) {
			this.standards
				.overStandard(tenantId,
						StandardCheck.forSubject(StandardSubject.EQUIPMENT, RuleKind.MIN_YEARS, years, on,
								context(category)))
				.forEach(f -> findings.add(of(f)));
		}
		if (findings.isEmpty() && category != null && category.usefulLifeMonths() != null
				&& asset.purchaseDate().plusMonths(category.usefulLifeMonths()).isAfter(on)) {
			findings.add(new OverStandard(category.name() + " 最低使用年限",
					BigDecimal.valueOf(category.usefulLifeMonths())
						.divide(BigDecimal.valueOf(12), 1, java.math.RoundingMode.HALF_UP) + " 年",
					years + " 年", "政府会计准则第3号应用指南（财会〔2017〕4号）"));
		}
		return findings;
	}

	private static Map<String, String> context(AssetCategoryView category) {
		return Map.of("equipment", category.standardEquipment(), "rankBand", "其他");
	}

	private static OverStandard of(Finding f) {
		String unit = f.unit() == null ? "" : " " + f.unit();
		return new OverStandard(f.label(), f.limit().stripTrailingZeros().toPlainString() + unit,
				f.actual().stripTrailingZeros().toPlainString() + unit, f.source());
	}

}
