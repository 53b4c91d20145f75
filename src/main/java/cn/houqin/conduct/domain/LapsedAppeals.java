package cn.houqin.conduct.domain;

import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import cn.houqin.calendar.CalendarApi;

/** Each night, points whose appeal window closed without an appeal become final. */
@Component
class LapsedAppeals {

	private final ConductService conduct;

	LapsedAppeals(ConductService conduct) {
		this.conduct = conduct;
	}

	@Scheduled(cron = "0 10 0 * * *", zone = "Asia/Shanghai")
	@SchedulerLock(name = "conduct.lapsedAppeals")
	void confirm() {
		this.conduct.confirmLapsed(LocalDate.now(CalendarApi.ZONE));
	}

}
