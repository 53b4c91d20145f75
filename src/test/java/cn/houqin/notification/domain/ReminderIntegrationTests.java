package cn.houqin.notification.domain;

/**
 * The reminder scenarios on H2, the embedded default database.
 */
class ReminderIntegrationTests extends ReminderScenarios {

}
