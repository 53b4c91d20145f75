package cn.houqin.document;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import cn.houqin.access.domain.UserDirectory;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.web.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Background imports against the demo tenant: these jobs commit (a background thread
 * cannot see a test's transaction), so each test writes rows of its own, marked with a
 * fresh id.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class BackgroundImportsIntegrationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	@Autowired
	BackgroundImports imports;

	@Autowired
	UserDirectory users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	CurrentUser admin;

	String batch;

	@BeforeEach
	void setUp() {
		this.admin = this.users.loadUserByUsername("demo-admin");
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		signIn();
		this.jdbc.execute("create table if not exists test_import_marker (batch varchar(64), row_number integer)");
		this.batch = UUID.randomUUID().toString();
	}

	private void signIn() {
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(this.admin, null, this.admin.getAuthorities()));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void aJobReportsItsProgressWhileRunningAndItsCountsWhenDone() throws Exception {
		CountDownLatch halfway = new CountDownLatch(1);
		CountDownLatch proceed = new CountDownLatch(1);
		ImportJobView started = this.imports.start("test.rows", 300, "/org/staff", progress -> {
			progress.each(rows(300), row -> {
				mark(row);
				if (row == 150) {
					pause(600);
				}
				if (row == 151) {
					halfway.countDown();
					await(proceed);
				}
			});
			return new ImportOutcome(300, 4);
		});
		assertThat(started.state()).isEqualTo(ImportJobState.RUNNING);
		assertThat(halfway.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();

		this.mvc.perform(get("/document/import-jobs/{id}", started.id()).with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("hx-trigger=\"every 1s\"")))
			.andExpect(content().string(containsString("progress-bar")))
			.andExpect(content().string(containsString("已导入 150 / 300 行")))
			.andExpect(content().string(containsString("width: 50%")));
		proceed.countDown();

		ImportJobView done = awaitJob(started.id(), job -> !job.running());
		assertThat(done.state()).isEqualTo(ImportJobState.DONE);
		assertThat(done.importedRows()).isEqualTo(300);
		assertThat(done.skippedRows()).isEqualTo(4);
		assertThat(done.percent()).isEqualTo(100);
		assertThat(markers()).isEqualTo(300);
		this.mvc.perform(get("/document/import-jobs/{id}", started.id()).with(user(this.admin)))
			.andExpect(content().string(containsString("导入完成：已导入 300 行")))
			.andExpect(content().string(containsString("有误的 4 行未导入")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("hx-trigger"))));
	}

	@Test
	@DisplayName("“全部导入”时任一行写入失败：整批回滚，任务显示失败及原因")
	void aFailingRowRollsBackEveryRowAndTheJobShowsWhy() throws Exception {
		ImportJobView started = this.imports.start("test.rows", 250, "/org/staff", progress -> {
			progress.each(rows(250), row -> {
				mark(row);
				if (row == 121) {
					throw new BusinessRuleException("document.import.error.tooLong", 32);
				}
			});
			return new ImportOutcome(250, 0);
		});

		ImportJobView failed = awaitJob(started.id(), job -> !job.running());

		assertThat(failed.state()).isEqualTo(ImportJobState.FAILED);
		assertThat(failed.errorText()).isEqualTo("第 122 行：最多 32 个字符");
		assertThat(failed.importedRows()).isZero();
		assertThat(markers()).isZero();
		this.mvc.perform(get("/document/import-jobs/{id}", started.id()).with(user(this.admin)))
			.andExpect(content().string(containsString("导入失败，未写入任何数据")))
			.andExpect(content().string(containsString("原因：第 122 行：最多 32 个字符")));
	}

	@Test
	void anUnexpectedErrorFailsTheJobWithoutDetails() {
		ImportJobView started = this.imports.start("test.rows", 10, null, progress -> {
			mark(1);
			throw new IllegalStateException("database exploded");
		});

		ImportJobView failed = awaitJob(started.id(), job -> !job.running());

		assertThat(failed.state()).isEqualTo(ImportJobState.FAILED);
		assertThat(failed.errorText()).isEqualTo("发生意外错误。");
		assertThat(markers()).isZero();
	}

	@Test
	void someoneElsesJobIsNotFound() throws Exception {
		ImportJobView started = this.imports.start("test.rows", 1, null, progress -> new ImportOutcome(0, 0));

		this.mvc
			.perform(get("/document/import-jobs/{id}", started.id())
				.with(user(this.users.loadUserByUsername("demo-staff"))))
			.andExpect(status().isNotFound());
		awaitJob(started.id(), job -> !job.running());
	}

	private void mark(int row) {
		this.jdbc.update("insert into test_import_marker (batch, row_number) values (?, ?)", this.batch, row);
	}

	private int markers() {
		return this.jdbc.queryForObject("select count(*) from test_import_marker where batch = ?", Integer.class,
				this.batch);
	}

	private ImportJobView awaitJob(long id, Predicate<ImportJobView> condition) {
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		signIn();
		ImportJobView job = this.imports.find(id);
		while (!condition.test(job) && System.nanoTime() < deadline) {
			pause(50);
			job = this.imports.find(id);
		}
		assertThat(condition).accepts(job);
		return job;
	}

	/** Values 1 to count, on rows numbered as Excel numbers them (2 to count + 1). */
	private static List<ImportedRow<Integer>> rows(int count) {
		return IntStream.rangeClosed(1, count).mapToObj(i -> new ImportedRow<>(i + 1, i)).toList();
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
