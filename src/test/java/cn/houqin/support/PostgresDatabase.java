package cn.houqin.support;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points an application context at a real PostgreSQL: one embedded server per test JVM
 * (binaries from Maven Central, nothing installed), a fresh database per context.
 */
public final class PostgresDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final AtomicInteger DATABASES = new AtomicInteger();

	private static final List<ConfigurableApplicationContext> CONTEXTS = new CopyOnWriteArrayList<>();

	private static EmbeddedPostgres server;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		String database = "houqin_" + DATABASES.incrementAndGet();
		EmbeddedPostgres postgres = server();
		CONTEXTS.add(context);
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + database);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create test database", ex);
		}
		TestPropertyValues
			.of("spring.datasource.url=" + postgres.getJdbcUrl("postgres", database),
					"spring.datasource.username=postgres", "spring.datasource.password=postgres")
			.applyTo(context);
	}

	private static synchronized EmbeddedPostgres server() {
		if (server == null) {
			try {
				server = EmbeddedPostgres.builder().start();
			}
			catch (IOException ex) {
				throw new IllegalStateException("Could not start embedded PostgreSQL", ex);
			}
			// the contexts first: their pools and schedulers must not outlive the server
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				CONTEXTS.forEach(ConfigurableApplicationContext::close);
				try {
					server.close();
				}
				catch (IOException ex) {
					// the JVM is ending anyway
				}
			}));
		}
		return server;
	}

}
