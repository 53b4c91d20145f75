package cn.houqin.standards;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import cn.houqin.shared.security.DataScope;
import cn.houqin.standards.domain.RuleRevision;
import cn.houqin.standards.domain.SetTerms;

/**
 * Tenants, scopes and checks for standards tests. Standards rows carry no foreign key to
 * the tenant, so each test may use a tenant of its own that no other test touches.
 */
public final class StandardsFixtures {

	private static final AtomicLong TENANTS = new AtomicLong(7_000_000 + System.nanoTime() % 1_000_000);

	public static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

	private StandardsFixtures() {
	}

	public static long freshTenant() {
		return TENANTS.incrementAndGet();
	}

	public static DataScope manager(long tenantId) {
		return new DataScope(tenantId, true, java.util.Set.of(), null, 9_999L);
	}

	public static StandardCheck rule(String code, String actual) {
		return StandardCheck.forRule(code, new BigDecimal(actual), TODAY, Map.of());
	}

	public static StandardCheck rule(String code, String actual, String key, String value) {
		return StandardCheck.forRule(code, new BigDecimal(actual), TODAY, Map.of(key, value));
	}

	public static SetTerms provincialReception() {
		return new SetTerms("某省党政机关国内公务接待管理实施细则", "某办发〔2014〕9号", "某省委办公厅、某省政府办公厅", LocalDate.of(2014, 5, 1),
				"厅局级每人每餐不超过100元。", false);
	}

	public static RuleRevision revision(String limit, LocalDate from, Long setId) {
		return new RuleRevision(new BigDecimal(limit), from, false, null, setId);
	}

}
