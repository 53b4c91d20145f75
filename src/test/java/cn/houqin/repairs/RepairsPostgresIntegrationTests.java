package cn.houqin.repairs;

import org.springframework.test.context.ContextConfiguration;

import cn.houqin.support.PostgresDatabase;

/**
 * The repairs tables and the races on a real PostgreSQL.
 */
@RepairsIntegrationTest
@ContextConfiguration(initializers = PostgresDatabase.class)
class RepairsPostgresIntegrationTests extends RepairsConcurrencyScenarios {

}
