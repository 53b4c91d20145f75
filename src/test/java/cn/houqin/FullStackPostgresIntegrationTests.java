package cn.houqin;

import org.springframework.test.context.ContextConfiguration;

import cn.houqin.support.PostgresDatabase;

/**
 * The full-stack scenarios on PostgreSQL, the production database.
 */
@ContextConfiguration(initializers = PostgresDatabase.class)
class FullStackPostgresIntegrationTests extends FullStackTests {

}
