package cn.houqin.conduct;

import org.springframework.test.context.ContextConfiguration;

import cn.houqin.support.PostgresDatabase;

/** The races on PostgreSQL, committed (not transactional). */
@ConductIntegrationTest
@ContextConfiguration(initializers = PostgresDatabase.class)
class ConcurrencyPostgresIntegrationTests extends ConcurrencyScenarios {

}
