/**
 * Working-day calendar (工作日历): national holidays and 调休 make-up working days, local days
 * off, and working-day arithmetic for deadlines.
 */
@ApplicationModule(displayName = "工作日历", allowedDependencies = { "shared" })
package cn.houqin.calendar;

import org.springframework.modulith.ApplicationModule;
