package cn.houqin.repairs.domain;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.houqin.calendar.CalendarApi;

/**
 * Flags SLA breaches (and tells dispatchers and technician) and auto-confirms repairs
 * nobody confirmed within 3 working days of the fix; each work order in its own
 * transaction.
 */
@Service
public class RepairHousekeeping {

	/** Working days after the fix before a repair counts as confirmed. */
	static final int AUTO_CONFIRM_WORKING_DAYS = 3;

	private final WorkOrders orders;

	private final RepairNotices notices;

	private final CalendarApi calendar;

	private final TransactionTemplate transactions;

	RepairHousekeeping(WorkOrders orders, RepairNotices notices, CalendarApi calendar,
			PlatformTransactionManager transactionManager) {
		this.orders = orders;
		this.notices = notices;
		this.calendar = calendar;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	public int flagBreaches(Instant now) {
		int flagged = 0;
		for (long id : this.orders.findBreaching(now, PageRequest.of(0, 500))) {
			Boolean changed = this.transactions.execute(status -> this.orders.findById(id).map(order -> {
				boolean newly = order.flagBreaches(now);
				if (newly) {
					this.notices.breached(order);
				}
				return newly;
			}).orElse(false));
			flagged += Boolean.TRUE.equals(changed) ? 1 : 0;
		}
		return flagged;
	}

	public int autoConfirm(Instant now) {
		int confirmed = 0;
		LocalDate today = now.atZone(WorkingClock.ZONE).toLocalDate();
		for (long id : this.orders.findDoneBefore(now.minus(RepairJobs.minimumAge()), PageRequest.of(0, 500))) {
			Boolean done = this.transactions.execute(status -> this.orders.findById(id).map(order -> {
				LocalDate fixed = order.getFixedAt().atZone(WorkingClock.ZONE).toLocalDate();
				if (this.calendar.workingDaysBetween(order.getTenantId(), fixed, today) < AUTO_CONFIRM_WORKING_DAYS) {
					return false;
				}
				order.autoConfirm(now);
				return true;
			}).orElse(false));
			confirmed += Boolean.TRUE.equals(done) ? 1 : 0;
		}
		return confirmed;
	}

}
