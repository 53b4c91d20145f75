package cn.houqin.assets;

import org.springframework.test.context.ContextConfiguration;

/**
 * The concurrency and receipt tests again, on PostgreSQL.
 */
@ContextConfiguration(initializers = cn.houqin.support.PostgresDatabase.class)
class AssetPostgresIntegrationTests extends AssetConcurrencyIntegrationTests {

}
