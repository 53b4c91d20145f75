package cn.houqin.document;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import cn.houqin.document.domain.ImportJobRunner;
import cn.houqin.document.domain.ImportJobService;
import cn.houqin.shared.security.CurrentUser;

/**
 * Background imports (后台导入) for files too large to import while the user waits: the
 * confirmed import runs as a job on a bounded pool, in one transaction, and its progress
 * is kept in the database so that any node answers the progress bar's poll. The fragment
 * {@code document/import-job :: progress(job)} shows it and polls
 * {@code /document/import-jobs/{id}} until the job is done or failed.
 */
@Component
public class BackgroundImports {

	private final ImportJobService jobs;

	private final ImportJobRunner runner;

	BackgroundImports(ImportJobService jobs, ImportJobRunner runner) {
		this.jobs = jobs;
		this.runner = runner;
	}

	/**
	 * Starts {@code task} as the signed-in user, in the current language.
	 * @param kind what is imported, e.g. {@code org.staff}
	 * @param expectedRows rows the task is expected to process (it may correct this)
	 * @param returnPath the page to go on to when done
	 * @return the job, running
	 * @throws cn.houqin.shared.web.BusinessRuleException when too many imports are
	 * running already
	 */
	public ImportJobView start(String kind, int expectedRows, String returnPath, ImportTask task) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		CurrentUser user = currentUser(authentication);
		ImportJobView job = this.jobs.create(user.tenantId(), user.userId(), kind, expectedRows, returnPath);
		this.runner.submit(job, task, authentication, LocaleContextHolder.getLocale());
		return job;
	}

	/** A job the signed-in user started; anyone else's answers 404. */
	public ImportJobView find(long id) {
		CurrentUser user = currentUser(SecurityContextHolder.getContext().getAuthentication());
		return this.jobs.find(user.tenantId(), user.userId(), id);
	}

	private static CurrentUser currentUser(Authentication authentication) {
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
			return user;
		}
		throw new IllegalStateException("Background imports need a signed-in user");
	}

}
