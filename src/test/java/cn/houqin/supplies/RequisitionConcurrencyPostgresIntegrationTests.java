package cn.houqin.supplies;

import org.springframework.test.context.ContextConfiguration;

import cn.houqin.support.PostgresDatabase;

/**
 * The last-units race on a real PostgreSQL.
 */
@SuppliesIntegrationTest
@ContextConfiguration(initializers = PostgresDatabase.class)
class RequisitionConcurrencyPostgresIntegrationTests extends LastUnitsRace {

}
