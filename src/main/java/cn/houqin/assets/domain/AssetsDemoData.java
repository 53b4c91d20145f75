package cn.houqin.assets.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.assets.AssetStatus;
import cn.houqin.org.OrgApi;
import cn.houqin.shared.security.DataScope;

/**
 * Demo asset register of the county hospital: cards in the custody of its staff (内科, 外科,
 * 总务科), idle furniture for reallocation, a building, a cultural relic that is not
 * depreciated, and a damage record. Runs after the org and approval demo data.
 */
@Component
@Profile("demo")
@Order(50)
class AssetsDemoData implements ApplicationRunner {

	private final OrgApi org;

	private final AssetService assets;

	private final Assets repository;

	private final AssetDamageService damages;

	AssetsDemoData(OrgApi org, AssetService assets, Assets repository, AssetDamageService damages) {
		this.org = org;
		this.assets = assets;
		this.repository = repository;
		this.damages = damages;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		long tenantId = this.org.tenantIdByCode("demo").orElseThrow();
		if (this.repository.countByTenantId(tenantId) > 0) {
			return;
		}
		DataScope all = new DataScope(tenantId, true, Set.of(), null, 0L);
		long nurse = staff(tenantId, "E0002");
		long doctor = staff(tenantId, "H0009");
		long keeper = staff(tenantId, "H0005");
		long logistics = staff(tenantId, "H0004");
		long internal = unit(tenantId, "HOSP-NK");
		long surgery = unit(tenantId, "HOSP-WK");
		long general = unit(tenantId, "HOSP-ZWK");
		long hospital = unit(tenantId, "HOSP");
		AssetView pc = card(all, "内科护士站台式计算机", "COMPUTER", "联想 启天 M450", "4980.00", "2023-06-12", "住院楼 3 层内科护士站",
				internal, nurse);
		card(all, "内科护士站激光打印机", "PRINTER", "惠普 M404dn", "1150.00", "2023-06-12", "住院楼 3 层内科护士站", internal, nurse);
		card(all, "内科医生办公室便携式计算机", "LAPTOP", "华为 MateBook 14", "6899.00", "2024-09-03", "住院楼 3 层医生办公室", internal,
				doctor);
		card(all, "心电监护仪", "MEDICAL", "迈瑞 uMEC12", "28600.00", "2022-03-18", "住院楼 3 层 306 病房", internal, doctor);
		card(all, "彩色多普勒超声诊断仪", "MEDICAL", "迈瑞 Resona 7", "1280000.00", "2019-11-20", "门诊楼 2 层超声室", surgery,
				staff(tenantId, "E0003"));
		card(all, "总务科复印机", "COPIER", "理光 IM 4000", "32800.00", "2021-04-08", "行政楼 2 层总务科", general, keeper);
		card(all, "总务科办公桌", "DESK", "1.6 米钢木", "2600.00", "2018-07-01", "行政楼 2 层总务科", general, logistics);
		AssetView cabinet = card(all, "档案柜", "CABINET", "钢制五层", "1380.00", "2016-05-20", "行政楼地下室库房", general, null);
		card(all, "会议椅（旧会议室）", "CHAIR", "皮面", "1100.00", "2017-10-09", "行政楼地下室库房", general, null);
		card(all, "医院综合楼", "BUILDING_STEEL", "框架结构 8 层", "36000000.00", "2012-12-28", "院区", hospital, null);
		card(all, "清代院址石碑", "RELICS", null, "50000.00", "1998-01-01", "院史陈列室", hospital, keeper);
		this.repository.findByTenantIdAndId(tenantId, cabinet.id()).ifPresent(asset -> {
			asset.changeStatus(AssetStatus.IDLE);
			this.repository.save(asset);
		});
		this.damages.record(all, pc.id(), nurse, LocalDate.of(2025, 8, 14), "饮水洒入主机导致主板损坏", new BigDecimal("300.00"),
				"按管理办法第八条，直接责任人赔偿维修费用的一部分");
	}

	private AssetView card(DataScope scope, String name, String category, String model, String value, String bought,
			String location, long unitId, Long custodian) {
		return this.assets.create(scope, new AssetDraft(name, category, model, null, null, LocalDate.parse(bought),
				new BigDecimal(value), "财政拨款", location, unitId, custodian, null));
	}

	private long staff(long tenantId, String employeeNo) {
		return this.org.staffByEmployeeNo(tenantId, employeeNo).orElseThrow().id();
	}

	private long unit(long tenantId, String code) {
		return this.org.unitByCode(tenantId, code).orElseThrow().id();
	}

}
