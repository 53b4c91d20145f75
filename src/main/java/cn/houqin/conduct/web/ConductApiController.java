package cn.houqin.conduct.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.houqin.calendar.CalendarApi;
import cn.houqin.conduct.Standing;
import cn.houqin.conduct.domain.AppealOutcome;
import cn.houqin.conduct.domain.ConductQueries;
import cn.houqin.conduct.domain.ConductService;
import cn.houqin.conduct.domain.ConductService.PersonShare;
import cn.houqin.conduct.domain.EntryStatus;
import cn.houqin.conduct.domain.OffenceView;
import cn.houqin.conduct.domain.PublishedRow;
import cn.houqin.conduct.domain.RecordDraft;
import cn.houqin.conduct.domain.RecordView;
import cn.houqin.conduct.domain.Source;
import cn.houqin.conduct.domain.StandingService;
import cn.houqin.conduct.domain.TaskService;
import cn.houqin.conduct.domain.TaskStatus;
import cn.houqin.conduct.domain.TaskView;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.PageResult;
import cn.houqin.shared.web.Paging;

@RestController
@RequestMapping("/api/v1/conduct")
@Tag(name = "conduct", description = "Misconduct points (不良执业行为积分): records, receipts, appeals, standing")
class ConductApiController {

	private final ConductService conduct;

	private final ConductQueries queries;

	private final StandingService standings;

	private final StandingAccess standingAccess;

	private final TaskService tasks;

	ConductApiController(ConductService conduct, ConductQueries queries, StandingService standings,
			StandingAccess standingAccess, TaskService tasks) {
		this.tasks = tasks;
		this.conduct = conduct;
		this.queries = queries;
		this.standings = standings;
		this.standingAccess = standingAccess;
	}

	@GetMapping("/offences")
	@PreAuthorize("hasAnyAuthority('conduct.record.own', 'conduct.record.view', 'conduct.record.manage')")
	@Operation(summary = "The offence catalogue in force (retired items left out)")
	List<OffenceView> offences() {
		return this.queries.offences(DataScopes.currentUser().tenantId(), false);
	}

	@GetMapping("/records")
	@PreAuthorize("hasAnyAuthority('conduct.record.own', 'conduct.record.view', 'conduct.record.manage')")
	@Operation(summary = "Points per person the caller may see, newest first")
	PageResult<PublishedRow> records(@RequestParam(required = false) EntryStatus status,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return this.queries.list(DataScopes.currentUser(), from, to, status, Math.max(page, 0),
				Math.min(Math.max(size, 1), Paging.MAX_SIZE));
	}

	@PostMapping("/records")
	@PreAuthorize("hasAuthority('conduct.record.manage')")
	@Operation(summary = "Records points: 201 with the record; 422 when points are not allowed")
	ResponseEntity<RecordView> create(@RequestBody NewRecord body) {
		CurrentUser user = DataScopes.currentUser();
		List<PersonShare> persons = body.persons() == null ? List.of()
				: body.persons().stream().map(p -> new PersonShare(p.staffId(), p.points())).toList();
		long id = this.conduct.record(
				user, body.offenceCode(), new RecordDraft(body.occurredOn(), body.source(), body.description(),
						body.reason(), Boolean.TRUE.equals(body.penaltyRequired()), body.correctionDue()),
				persons, List.of());
		return ResponseEntity.created(URI.create("/api/v1/conduct/records/" + id)).body(this.queries.record(user, id));
	}

	@GetMapping("/records/{id}")
	@PreAuthorize("hasAnyAuthority('conduct.record.own', 'conduct.record.view', 'conduct.record.manage')")
	RecordView record(@PathVariable long id) {
		return this.queries.record(DataScopes.currentUser(), id);
	}

	@PostMapping("/records/{id}/penalty-decision")
	@PreAuthorize("hasAuthority('conduct.record.manage')")
	@Operation(summary = "Records the administrative penalty decision and issues the notices")
	RecordView penalty(@PathVariable long id, @RequestBody PenaltyBody body) {
		CurrentUser user = DataScopes.currentUser();
		this.conduct.penaltyDecided(user, id, body.decision(), body.decidedOn());
		return this.queries.record(user, id);
	}

	@PostMapping("/records/{id}/notices/{staffId}/receipt")
	@PreAuthorize("hasAnyAuthority('conduct.record.own', 'conduct.record.manage')")
	@Operation(summary = "Records the signature/receipt of the notice; the receipt day is day 0 of the appeal window")
	RecordView receipt(@PathVariable long id, @PathVariable long staffId,
			@RequestBody(required = false) ReceiptBody body) {
		CurrentUser user = DataScopes.currentUser();
		this.conduct.receive(user, id, staffId, body == null ? null : body.receivedAt(), null);
		return this.queries.record(user, id);
	}

	@PostMapping("/records/{id}/appeals")
	@PreAuthorize("hasAnyAuthority('conduct.record.own', 'conduct.record.manage')")
	@Operation(summary = "Appeals within 3 working days of receipt: 201, or 422 with the deadline when late")
	ResponseEntity<RecordView> appeal(@PathVariable long id, @RequestBody AppealBody body) {
		CurrentUser user = DataScopes.currentUser();
		long staffId = body.staffId() != null ? body.staffId() : user.staffId() == null ? -1 : user.staffId();
		long appealId = this.conduct.appeal(user, id, staffId, body.reason());
		return ResponseEntity.created(URI.create("/api/v1/conduct/appeals/" + appealId))
			.body(this.queries.record(user, id));
	}

	@PostMapping("/appeals/{id}/decision")
	@PreAuthorize("hasAuthority('conduct.appeal.decide')")
	@Operation(summary = "The leadership's decision on an appeal: UPHOLD, CHANGE (with points) or REVOKE")
	void decide(@PathVariable long id, @RequestBody DecisionBody body) {
		this.conduct.decide(DataScopes.currentUser(), id, body.outcome(), body.points());
	}

	@GetMapping("/staff/{staffId}/standing")
	@PreAuthorize("hasAnyAuthority('conduct.record.own', 'conduct.record.view', 'conduct.record.manage')")
	@Operation(summary = "Standing in the cycle containing the date: total, largest single record, level L1-L4")
	Standing standing(@PathVariable long staffId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
		CurrentUser user = DataScopes.currentUser();
		this.standingAccess.check(user, staffId);
		return this.standings.standing(user.tenantId(), staffId, on == null ? LocalDate.now(CalendarApi.ZONE) : on);
	}

	@GetMapping("/tasks")
	@PreAuthorize("hasAnyAuthority('conduct.record.own', 'conduct.record.view', 'conduct.record.manage')")
	@Operation(summary = "Follow-up tasks of consequence levels (talks, criticism, appraisal flags)")
	List<TaskView> tasks(@RequestParam(required = false) Long staffId,
			@RequestParam(required = false) TaskStatus status) {
		return this.tasks.tasks(DataScopes.currentUser(), staffId, status);
	}

	@PostMapping("/tasks/{id}/done")
	@PreAuthorize("hasAnyAuthority('conduct.record.view', 'conduct.record.manage')")
	@Operation(summary = "Marks a follow-up task done with its minutes")
	void taskDone(@PathVariable long id, @RequestBody TaskDoneBody body) {
		this.tasks.done(DataScopes.currentUser(), id, body.minutes());
	}

	record TaskDoneBody(String minutes) {
	}

	record NewRecord(String offenceCode, LocalDate occurredOn, Source source, String description, String reason,
			Boolean penaltyRequired, LocalDate correctionDue, List<Person> persons) {

		record Person(Long staffId, Integer points) {
		}

	}

	record PenaltyBody(String decision, LocalDate decidedOn) {
	}

	record ReceiptBody(Instant receivedAt) {
	}

	record AppealBody(Long staffId, String reason) {
	}

	record DecisionBody(AppealOutcome outcome, Integer points) {
	}

}
