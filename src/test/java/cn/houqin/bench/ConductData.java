package cn.houqin.bench;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Conduct points (篇2 细则一): 20,000 records over a year on the seed's offences (the
 * one-point ones far more often than the twelve-point ones), most for one person, a few
 * for two or three; older ones confirmed, recent ones still provisional.
 */
final class ConductData implements ModuleData {

	private static final String[] SOURCES = { "MAILBOX", "LETTERS_VISITS", "SURVEY", "HOTLINE", "DAILY_SUPERVISION",
			"SPECIAL_INSPECTION" };

	private final Db db;

	private final Draw draw;

	private final long tenant;

	ConductData(Db db, Draw draw, long tenant) {
		this.db = db;
		this.draw = draw;
		this.tenant = tenant;
	}

	@Override
	public String table() {
		return "con_record";
	}

	@Override
	public void generate(OrgData org, double scale, Properties ids) throws Exception {
		// the tenant's copy of the seed's catalogue (tenant 0), as the application makes
		// it on
		// the catalogue's first use
		this.db.update("""
				insert into con_offence (tenant_id, item_code, article, points, short_name, wording, other, retired,
				    sort_order, version)
				select ?, item_code, article, points, short_name, wording, other, retired, sort_order, 0
				from con_offence where tenant_id = 0
				and not exists (select 1 from con_offence where tenant_id = ?)""", this.tenant, this.tenant);
		Map<String, Long> offences = this.db.codes(
				"select item_code, id from con_offence where tenant_id = ? and not retired and not other", this.tenant);
		List<Long> offenceIds = new ArrayList<>(offences.values());
		List<Integer> points = new ArrayList<>();
		for (String code : offences.keySet()) {
			points.add((int) this.db.id("select points from con_offence where tenant_id = ? and item_code = ?",
					this.tenant, code));
		}
		// likelihood falls with the points: a 1-point offence is 12 times as common as a
		// 12-point one
		double[] weights = Draw.cumulative(points.stream().mapToDouble(p -> 1.0 / p).toArray());
		int count = Math.max(200, (int) (20_000 * scale));
		long first = this.db.reserveIds("con_record", count);
		Set<String> people = new TreeSet<>();
		List<String> staffIds = new ArrayList<>();
		try (Spools spools = new Spools(this.db)) {
			Copy records = spools.open("con_record", "id, tenant_id, version, created_at, created_by, offence_id, "
					+ "occurred_on, source, description, status, penalty_required");
			Copy entries = spools.open("con_entry", "record_id, staff_id, unit_id, points, recorded_points, status, "
					+ "received_at, receipt_kind, appeal_deadline");
			for (int i = 0; i < count; i++) {
				int offence = this.draw.pick(weights);
				LocalDate on = this.draw.dayInPastYear();
				long id = first + i;
				records.add(id)
					.add(this.tenant)
					.add(0)
					.add(on.atTime(9, 0).toInstant(ZoneOffset.ofHours(8)))
					.add(org.officeUserId)
					.add(offenceIds.get(offence))
					.add(on)
					.add(SOURCES[this.draw.nextInt(SOURCES.length)])
					.add("经核实，当事人" + on + "存在该行为。")
					.add("ISSUED")
					.add(false)
					.end();
				int persons = this.draw.chance(0.9) ? 1 : 2 + this.draw.nextInt(2);
				Set<Long> chosen = new TreeSet<>();
				for (int p = 0; p < persons; p++) {
					OrgData.Staff who = org.staff.get(this.draw.nextInt(org.staff.size()));
					if (!chosen.add(who.id())) {
						continue;
					}
					boolean recent = on.isAfter(this.draw.today().minusDays(10));
					String status = recent ? (this.draw.chance(0.5) ? "NOTIFIED" : "RECEIVED") : "CONFIRMED";
					entries.add(id)
						.add(who.id())
						.add(who.unitId())
						.add(points.get(offence))
						.add(points.get(offence))
						.add(status)
						.add(status.equals("NOTIFIED") ? null
								: on.plusDays(1).atTime(10, 0).toInstant(ZoneOffset.ofHours(8)))
						.add(status.equals("NOTIFIED") ? null : "IN_SYSTEM")
						.add(status.equals("NOTIFIED") ? null : on.plusDays(4))
						.end();
					if (people.size() < 40 && people.add("E" + who.id())) {
						staffIds.add(Long.toString(who.id()));
					}
				}
			}
		}
		ids.setProperty("module.conduct", "true");
		ids.setProperty("param.conductStaff", CountyData.join(staffIds));
		List<String> numbers = new ArrayList<>();
		for (String staffId : staffIds) {
			numbers.add(this.db.codes("select employee_no, id from org_staff where id = ?", Long.parseLong(staffId))
				.keySet()
				.iterator()
				.next());
		}
		ids.setProperty("param.conductEmployeeNo", CountyData.join(numbers));
	}

}
