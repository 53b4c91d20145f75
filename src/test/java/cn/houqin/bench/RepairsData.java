package cn.houqin.bench;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * Repairs: 200,000 work orders over a year, almost all closed, with the open backlog of
 * the last days in the dispatch queue; urgency from the category, safety hazards and core
 * work as the module derives it.
 */
final class RepairsData implements ModuleData {

	/** category, default urgency, share, descriptions. */
	static final Object[][] CATEGORIES = { { "WATER", "NORMAL", 25, "水龙头漏水", "下水道堵塞", "马桶水箱不出水" },
			{ "ELECTRIC", "NORMAL", 25, "灯管不亮", "插座没电", "空开跳闸" }, { "HVAC", "NORMAL", 15, "空调不制冷", "暖气片不热" },
			{ "CARPENTRY", "LOW", 10, "门锁损坏", "窗户关不严", "柜门脱落" }, { "NETWORK", "NORMAL", 10, "网络不通", "电话没有信号" },
			{ "EQUIPMENT", "NORMAL", 10, "打印机卡纸", "投影仪无信号" }, { "OTHER", "LOW", 5, "墙面渗水", "地砖松动" } };

	private static final String[] RANKS = { "URGENT", "HIGH", "NORMAL", "LOW" };

	private static final int[] RESPOND_MINUTES = { 30, 120, 480, 960 };

	private static final int[] FIX_MINUTES = { 240, 480, 1440, 4800 };

	private static final String[] BUILDINGS = { "行政楼", "门诊楼", "住院楼", "教学楼", "综合楼", "办公楼", "食堂" };

	private final Db db;

	private final Draw draw;

	private final long tenant;

	RepairsData(Db db, Draw draw, long tenant) {
		this.db = db;
		this.draw = draw;
		this.tenant = tenant;
	}

	@Override
	public String table() {
		return "rep_work_order";
	}

	@Override
	public void generate(OrgData org, double scale, Properties ids) throws Exception {
		int count = Math.max(2_000, (int) (200_000 * scale));
		Instant now = Instant.now();
		Instant[] reported = new Instant[count];
		for (int i = 0; i < count; i++) {
			reported[i] = now.minusSeconds(this.draw.nextInt(365 * 24 * 3600));
		}
		Arrays.sort(reported);
		List<Long> technicians = new ArrayList<>();
		for (int i = 0; i < 30 && i < org.staff.size(); i++) {
			technicians.add(org.userOf.get(org.staff.get(org.staff.size() - 1 - i).id()));
		}
		double[] shares = Draw.cumulative(Arrays.stream(CATEGORIES).mapToDouble(c -> (int) c[2]).toArray());
		long first = this.db.reserveIds("rep_work_order", count);
		try (Copy copy = this.db.copy("rep_work_order", "id, tenant_id, order_no, unit_id, reporter_user_id, "
				+ "reporter_staff_id, location, category, description, safety_hazard, blocks_core_work, urgency, "
				+ "urgency_rank, core_rank, status, queue_open, reported_at, respond_by, fix_by, responded_at, "
				+ "started_at, fixed_at, closed_at, respond_breached, fix_breached, assignee_user_id, labour_hours, "
				+ "materials_cost, rating, auto_confirmed, reopen_count, version, created_at, created_by")) {
			for (int i = 0; i < count; i++) {
				Object[] category = CATEGORIES[this.draw.pick(shares)];
				OrgData.Staff reporter = org.staff.get(this.draw.nextInt(org.staff.size()));
				boolean hazard = this.draw.chance(0.03);
				boolean core = this.draw.chance(0.1);
				int rank = hazard ? 0 : core ? Math.min(1, rankOf((String) category[1])) : rankOf((String) category[1]);
				Instant at = reported[i];
				long ageHours = Duration.between(at, now).toHours();
				String status = status(ageHours);
				boolean open = !status.equals("DONE") && !status.equals("CLOSED");
				boolean assigned = !status.equals("REPORTED") && !status.equals("ACCEPTED");
				boolean fixed = status.equals("DONE") || status.equals("CLOSED");
				Instant fixedAt = fixed ? at.plus(Duration.ofMinutes(30 + this.draw.nextInt(FIX_MINUTES[rank] * 2)))
						: null;
				copy.add(first + i)
					.add(this.tenant)
					.add("WX" + LocalDate.ofInstant(at, ZoneOffset.ofHours(8)).toString().replace("-", "") + "-G"
							+ Long.toString(first + i, 36).toUpperCase())
					.add(reporter.unitId())
					.add(org.userOf.get(reporter.id()))
					.add(reporter.id())
					.add(BUILDINGS[this.draw.nextInt(BUILDINGS.length)] + (1 + this.draw.nextInt(6)) + "楼"
							+ (101 + this.draw.nextInt(30)) + "室")
					.add(category[0])
					.add(category[3 + this.draw.nextInt(category.length - 3)])
					.add(hazard)
					.add(core)
					.add(RANKS[rank])
					.add(rank)
					.add(core ? 0 : 1)
					.add(status)
					.add(open)
					.add(at)
					.add(at.plus(Duration.ofMinutes(RESPOND_MINUTES[rank])))
					.add(at.plus(Duration.ofMinutes(FIX_MINUTES[rank])))
					.add(assigned ? at.plus(Duration.ofMinutes(5 + this.draw.nextInt(RESPOND_MINUTES[rank]))) : null)
					.add(assigned && !status.equals("ASSIGNED") ? at.plus(Duration.ofMinutes(RESPOND_MINUTES[rank]))
							: null)
					.add(fixedAt)
					.add(status.equals("CLOSED") ? fixedAt.plus(Duration.ofHours(2 + this.draw.nextInt(48))) : null)
					.add(this.draw.chance(0.05))
					.add(fixed && this.draw.chance(0.08))
					.add(assigned ? this.draw.oneOf(technicians) : null)
					.add(fixed ? BigDecimal.valueOf(5 + this.draw.nextInt(60), 1) : BigDecimal.ZERO.setScale(2))
					.add(BigDecimal.ZERO.setScale(2))
					.add(status.equals("CLOSED") ? 3 + this.draw.nextInt(3) : null)
					.add(status.equals("CLOSED") && this.draw.chance(0.3))
					.add(0)
					.add(0)
					.add(at)
					.add(org.userOf.get(reporter.id()))
					.end();
			}
			this.db.copied("rep_work_order", copy.rows());
		}
		ids.setProperty("module.repairs", "true");
	}

	private String status(long ageHours) {
		int roll = this.draw.nextInt(100);
		if (ageHours < 24) {
			return roll < 30 ? "REPORTED"
					: roll < 50 ? "ACCEPTED" : roll < 70 ? "ASSIGNED" : roll < 85 ? "IN_PROGRESS" : "DONE";
		}
		if (ageHours < 24 * 7) {
			return roll < 3 ? "ASSIGNED" : roll < 8 ? "IN_PROGRESS" : roll < 30 ? "DONE" : "CLOSED";
		}
		return "CLOSED";
	}

	private static int rankOf(String urgency) {
		return Arrays.asList(RANKS).indexOf(urgency);
	}

}
