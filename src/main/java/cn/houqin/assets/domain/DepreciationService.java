package cn.houqin.assets.domain;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly depreciation run (计提折旧): the month's total charge over the register, kept
 * once per month as a posting summary. It is always recomputable from the cards and the
 * category lives, which are the only source of net book value.
 */
@Service
@Transactional
public class DepreciationService {

	private final Assets assets;

	private final CategoryService categories;

	private final JdbcTemplate jdbc;

	DepreciationService(Assets assets, CategoryService categories, JdbcTemplate jdbc) {
		this.assets = assets;
		this.categories = categories;
		this.jdbc = jdbc;
	}

	/**
	 * The charge of a month over a tenant's cards.
	 * @return the number of cards charged and the amount
	 */
	@Transactional(readOnly = true)
	public MonthCharge charge(long tenantId, YearMonth month) {
		Map<String, AssetCategoryView> cats = this.categories.byCode(tenantId);
		BigDecimal total = BigDecimal.ZERO.setScale(2);
		int count = 0;
		for (Asset asset : this.assets.findAll((root, q, cb) -> cb.equal(root.get("tenantId"), tenantId))) {
			AssetCategoryView category = cats.get(asset.getCategoryCode());
			Integer life = category == null ? null : category.usefulLifeMonths();
			BigDecimal charge = Depreciation.chargeFor(asset.getOriginalValue(), asset.getPurchaseDate(), life, month,
					asset.getDisposedOn());
			if (charge.signum() > 0) {
				total = total.add(charge);
				count++;
			}
		}
		return new MonthCharge(month, count, total);
	}

	/** Records a month's run once; a second run of the same month changes nothing. */
	public MonthCharge run(long tenantId, YearMonth month) {
		List<MonthCharge> existing = runs(tenantId).stream().filter(r -> r.month().equals(month)).toList();
		if (!existing.isEmpty()) {
			return existing.get(0);
		}
		MonthCharge charge = charge(tenantId, month);
		this.jdbc.update(
				"insert into ast_depreciation_run (tenant_id, period, asset_count, amount, run_at) values (?, ?, ?, ?, ?)",
				tenantId, month.toString(), charge.assets(), charge.amount(), Timestamp.from(Instant.now()));
		return charge;
	}

	@Transactional(readOnly = true)
	public List<MonthCharge> runs(long tenantId) {
		return this.jdbc.query(
				"select period, asset_count, amount from ast_depreciation_run where tenant_id = ? order by period desc",
				(rs, i) -> new MonthCharge(YearMonth.parse(rs.getString(1)), rs.getInt(2), rs.getBigDecimal(3)),
				tenantId);
	}

	@Transactional(readOnly = true)
	public List<Long> tenantsWithAssets() {
		return new ArrayList<>(this.jdbc.queryForList("select distinct tenant_id from ast_asset", Long.class));
	}

	/**
	 * A month's depreciation over the register.
	 *
	 * @param month the month
	 * @param assets cards charged
	 * @param amount total charge in 元
	 */
	public record MonthCharge(YearMonth month, int assets, BigDecimal amount) {

	}

}
