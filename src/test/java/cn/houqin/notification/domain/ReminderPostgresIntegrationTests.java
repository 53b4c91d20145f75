package cn.houqin.notification.domain;

import org.springframework.test.context.ContextConfiguration;

import cn.houqin.support.PostgresDatabase;

/**
 * The reminder scenarios on PostgreSQL, the production database: its row locks decide the
 * race between two delivering nodes, and ShedLock uses its clock.
 */
@ContextConfiguration(initializers = PostgresDatabase.class)
class ReminderPostgresIntegrationTests extends ReminderScenarios {

}
