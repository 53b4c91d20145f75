package cn.houqin.document.domain;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.houqin.document.ImportJobView;
import cn.houqin.document.ImportOutcome;
import cn.houqin.document.ImportRowFailure;
import cn.houqin.document.ImportTask;
import cn.houqin.shared.web.BusinessRuleException;

/**
 * Runs background imports on a small pool of its own (not the application's event
 * executor): each in one transaction, as the user who confirmed it, recording the outcome
 * or the reason it failed once the transaction has ended.
 */
@Component
public class ImportJobRunner implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ImportJobRunner.class);

	static final int THREADS = 2;

	static final int QUEUE = 20;

	private final ImportJobService jobs;

	private final TransactionTemplate transaction;

	private final MessageSource messages;

	private final ThreadPoolTaskExecutor executor;

	ImportJobRunner(ImportJobService jobs, PlatformTransactionManager transactions, MessageSource messages) {
		this.jobs = jobs;
		this.transaction = new TransactionTemplate(transactions);
		this.messages = messages;
		this.executor = new ThreadPoolTaskExecutor();
		this.executor.setCorePoolSize(THREADS);
		this.executor.setMaxPoolSize(THREADS);
		this.executor.setQueueCapacity(QUEUE);
		this.executor.setThreadNamePrefix("import-");
		this.executor.setWaitForTasksToCompleteOnShutdown(true);
		this.executor.setAwaitTerminationSeconds(20);
		this.executor.initialize();
	}

	/**
	 * Queues the task of a job just created; refused (and the job marked failed) when the
	 * queue is full.
	 */
	public void submit(ImportJobView job, ImportTask task, Authentication user, Locale locale) {
		try {
			this.executor.execute(() -> run(job, task, user, locale));
		}
		catch (TaskRejectedException ex) {
			this.jobs.fail(job.id(), message(locale, "document.importJob.busy"));
			throw new BusinessRuleException("document.importJob.busy");
		}
	}

	private void run(ImportJobView job, ImportTask task, Authentication user, Locale locale) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(user);
		SecurityContextHolder.setContext(context);
		LocaleContextHolder.setLocale(locale);
		ProgressTracker progress = new ProgressTracker(job.id(), job.totalRows(), this.jobs);
		try {
			ImportOutcome outcome = this.transaction.execute(status -> task.run(progress));
			this.jobs.finish(job.id(), outcome, progress.processed());
		}
		catch (RuntimeException ex) {
			this.jobs.fail(job.id(), reason(ex, locale));
		}
		finally {
			SecurityContextHolder.clearContext();
			LocaleContextHolder.resetLocaleContext();
		}
	}

	private String reason(RuntimeException ex, Locale locale) {
		if (ex instanceof ImportRowFailure row) {
			return message(locale, "document.importJob.rowFailed", row.rowNumber(), reason(row.getCause(), locale));
		}
		if (ex instanceof BusinessRuleException rule) {
			return message(locale, rule.messageKey(), rule.arguments());
		}
		log.error("Background import failed", ex);
		return message(locale, "document.importJob.unexpected");
	}

	private String message(Locale locale, String key, Object... args) {
		return this.messages.getMessage(key, args, key, locale);
	}

	@Override
	public void destroy() {
		this.executor.shutdown();
	}

}
