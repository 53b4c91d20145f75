package cn.houqin.conduct.web;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.houqin.conduct.domain.AppealOutcome;
import cn.houqin.conduct.domain.ConductQueries;
import cn.houqin.conduct.domain.ConductService;
import cn.houqin.conduct.domain.Evidence;
import cn.houqin.conduct.domain.RecordView;
import cn.houqin.conduct.domain.RecordView.PersonView;
import cn.houqin.document.PdfApi;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.shared.web.NotFoundException;

/**
 * A record's page: persons and their notices, signing for a notice, uploading the signed
 * copy, appealing, the leadership's decision, the penalty decision and corrections; and
 * the notice (积分通知书) as a PDF.
 */
@Controller
class RecordDetailController {

	private static final String VIEW = "conduct/record";

	private static final String OWN_OR_ANY = "hasAnyAuthority('conduct.record.own', 'conduct.record.view', "
			+ "'conduct.record.manage')";

	private final ConductQueries queries;

	private final ConductService conduct;

	private final PdfApi pdf;

	RecordDetailController(ConductQueries queries, ConductService conduct, PdfApi pdf) {
		this.queries = queries;
		this.conduct = conduct;
		this.pdf = pdf;
	}

	@GetMapping("/conduct/records/{id}")
	@PreAuthorize(OWN_OR_ANY)
	String record(@PathVariable long id, Model model) {
		CurrentUser user = DataScopes.currentUser();
		RecordView record = this.queries.record(user, id);
		model.addAttribute("r", record);
		model.addAttribute("office", this.queries.isOffice(user, id));
		model.addAttribute("me", user.staffId());
		model.addAttribute("canDecide", user.can("conduct.appeal.decide"));
		model.addAttribute("outcomes", AppealOutcome.values());
		return VIEW;
	}

	@PostMapping("/conduct/records/{id}/notices/{staffId}/sign")
	@PreAuthorize("hasAnyAuthority('conduct.record.own', 'conduct.record.manage')")
	String sign(@PathVariable long id, @PathVariable long staffId, @RequestParam(required = false) MultipartFile scan,
			RedirectAttributes redirect) throws IOException {
		Evidence file = scan == null || scan.isEmpty() ? null
				: new Evidence(scan.getOriginalFilename(), scan.getContentType(), scan.getBytes());
		return act(id, redirect, "conduct.flash.signed",
				() -> this.conduct.receive(DataScopes.currentUser(), id, staffId, null, file));
	}

	@PostMapping("/conduct/records/{id}/appeal")
	@PreAuthorize("hasAnyAuthority('conduct.record.own', 'conduct.record.manage')")
	String appeal(@PathVariable long id, @RequestParam long staffId, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		return act(id, redirect, "conduct.flash.appealed",
				() -> this.conduct.appeal(DataScopes.currentUser(), id, staffId, reason));
	}

	@PostMapping("/conduct/records/{id}/appeals/{appealId}/decide")
	@PreAuthorize("hasAuthority('conduct.appeal.decide')")
	String decide(@PathVariable long id, @PathVariable long appealId,
			@RequestParam(required = false) AppealOutcome outcome, @RequestParam(required = false) Integer points,
			RedirectAttributes redirect) {
		return act(id, redirect, "conduct.flash.decided",
				() -> this.conduct.decide(DataScopes.currentUser(), appealId, outcome, points));
	}

	@PostMapping("/conduct/records/{id}/penalty")
	@PreAuthorize("hasAuthority('conduct.record.manage')")
	String penalty(@PathVariable long id, @RequestParam(required = false) String decision,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn,
			RedirectAttributes redirect) {
		return act(id, redirect, "conduct.flash.penalty",
				() -> this.conduct.penaltyDecided(DataScopes.currentUser(), id, decision, decidedOn));
	}

	@PostMapping("/conduct/records/{id}/corrections/{staffId}")
	@PreAuthorize("hasAuthority('conduct.record.manage')")
	String corrected(@PathVariable long id, @PathVariable long staffId, RedirectAttributes redirect) {
		return act(id, redirect, "conduct.flash.corrected",
				() -> this.conduct.correctionDone(DataScopes.currentUser(), id, staffId, null));
	}

	@GetMapping("/conduct/records/{id}/notices/{staffId}/pdf")
	@PreAuthorize(OWN_OR_ANY)
	ResponseEntity<byte[]> notice(@PathVariable long id, @PathVariable long staffId) {
		RecordView record = this.queries.record(DataScopes.currentUser(), id);
		PersonView person = record.persons()
			.stream()
			.filter(p -> p.staffId() == staffId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Notice", staffId));
		Map<String, Object> model = new HashMap<>();
		model.put("r", record);
		model.put("p", person);
		model.put("printedAt", Instant.now());
		byte[] file = this.pdf.render("conduct/notice", model, LocaleContextHolder.getLocale());
		return PdfApi.inline(file, "积分通知书_" + id + "_" + staffId + ".pdf");
	}

	private static String act(long id, RedirectAttributes redirect, String success, Runnable command) {
		try {
			command.run();
			redirect.addFlashAttribute("flashSuccess", success);
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			redirect.addFlashAttribute("flashArgs", ex.arguments());
		}
		return "redirect:/conduct/records/" + id;
	}

}
