package cn.houqin.conduct.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.houqin.conduct.domain.ConductQueries;
import cn.houqin.conduct.domain.ConductService;
import cn.houqin.conduct.domain.ConductService.PersonShare;
import cn.houqin.conduct.domain.EntryStatus;
import cn.houqin.conduct.domain.Evidence;
import cn.houqin.conduct.domain.PublishedRow;
import cn.houqin.conduct.domain.Source;
import cn.houqin.document.ExcelExport;
import cn.houqin.org.OrgApi;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.shared.web.Htmx;
import cn.houqin.shared.web.PageResult;

/**
 * The record list with filters and Excel export, and the conduct office's form for a new
 * record.
 */
@Controller
class RecordController {

	private static final String LIST = "conduct/records";

	private static final String FORM = "conduct/record-form";

	private final ConductQueries queries;

	private final ConductService conduct;

	private final OrgApi org;

	RecordController(ConductQueries queries, ConductService conduct, OrgApi org) {
		this.queries = queries;
		this.conduct = conduct;
		this.org = org;
	}

	@GetMapping("/conduct/records")
	@PreAuthorize("hasAnyAuthority('conduct.record.own', 'conduct.record.view', 'conduct.record.manage')")
	String list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) EntryStatus status, @RequestParam(defaultValue = "0") int page, Model model,
			HttpServletRequest request) {
		PageResult<PublishedRow> rows = this.queries.list(DataScopes.currentUser(), from, to, status, Math.max(page, 0),
				20);
		model.addAttribute("page", rows);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("status", status);
		model.addAttribute("statuses", EntryStatus.values());
		model.addAttribute("currentPath", "/conduct/records");
		return Htmx.isHtmx(request) ? LIST + " :: results" : LIST;
	}

	@GetMapping("/conduct/records/export")
	@PreAuthorize("hasAnyAuthority('conduct.record.own', 'conduct.record.view', 'conduct.record.manage')")
	void export(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) EntryStatus status, HttpServletResponse response) throws IOException {
		PageResult<PublishedRow> rows = this.queries.list(DataScopes.currentUser(), from, to, status, 0, 10_000);
		response.setContentType(ExcelExport.CONTENT_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=conduct-records.xlsx");
		ExcelExport.write(response.getOutputStream(), "积分记录",
				List.of("记录号", "发生日期", "姓名", "科室", "情形", "情形名称", "分值", "状态"),
				rows.items()
					.stream()
					.map(r -> List.of(r.recordId(), r.occurredOn(), r.name(), r.unitName(), r.offenceCode(),
							r.offenceName(), r.points(), r.status().name())));
	}

	@GetMapping("/conduct/records/new")
	@PreAuthorize("hasAuthority('conduct.record.manage')")
	String initCreationForm(Model model) {
		model.addAttribute("recordForm", new RecordForm());
		return form(model);
	}

	@PostMapping("/conduct/records/new")
	@PreAuthorize("hasAuthority('conduct.record.manage')")
	String processCreationForm(@Valid @ModelAttribute("recordForm") RecordForm recordForm, BindingResult result,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
			RedirectAttributes redirect) throws IOException {
		CurrentUser user = DataScopes.currentUser();
		List<Row> persons = persons(user, recordForm, result);
		if (!result.hasErrors()) {
			try {
				long id = this.conduct.record(user, recordForm.getOffenceCode(), recordForm.toDraft(),
						persons.stream().map(Row::share).toList(), evidence(files));
				redirect.addFlashAttribute("flashSuccess", "conduct.flash.recorded");
				return "redirect:/conduct/records/" + id;
			}
			catch (BusinessRuleException ex) {
				Forms.reject(result, ex, persons.stream().map(Row::formRow).toList());
			}
		}
		return form(model);
	}

	/** The filled rows, in order, with the form row each came from. */
	private List<Row> persons(CurrentUser user, RecordForm form, BindingResult result) {
		List<Row> persons = new ArrayList<>();
		for (int i = 0; i < form.getPersons().size(); i++) {
			RecordForm.PersonRow row = form.getPersons().get(i);
			if (row.blank()) {
				continue;
			}
			String employeeNo = row.getEmployeeNo() == null ? "" : row.getEmployeeNo().trim();
			Long staffId = this.org.staffByEmployeeNo(user.tenantId(), employeeNo).map(s -> s.id()).orElse(null);
			if (staffId == null) {
				result.rejectValue("persons[" + i + "].employeeNo", "conduct.error.unknownPerson",
						new Object[] { employeeNo }, null);
			}
			persons.add(new Row(i, new PersonShare(staffId, row.getPoints())));
		}
		return persons;
	}

	private record Row(int formRow, PersonShare share) {
	}

	private static List<Evidence> evidence(List<MultipartFile> files) throws IOException {
		List<Evidence> evidence = new ArrayList<>();
		if (files != null) {
			for (MultipartFile file : files) {
				if (!file.isEmpty()) {
					evidence.add(new Evidence(file.getOriginalFilename(), file.getContentType(), file.getBytes()));
				}
			}
		}
		return evidence;
	}

	private String form(Model model) {
		model.addAttribute("offences", this.queries.offences(DataScopes.currentUser().tenantId(), false));
		model.addAttribute("sources", Source.values());
		return FORM;
	}

	@GetMapping("/conduct/records/{id}/files/{fileId}")
	@PreAuthorize("hasAnyAuthority('conduct.record.own', 'conduct.record.view', 'conduct.record.manage')")
	ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long fileId) {
		Evidence file = this.queries.file(DataScopes.currentUser(), id, fileId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"evidence-" + fileId + "\"")
			.body(file.content());
	}

}
