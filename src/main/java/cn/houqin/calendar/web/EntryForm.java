package cn.houqin.calendar.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import cn.houqin.calendar.DayKind;
import cn.houqin.calendar.domain.EntryView;
import cn.houqin.calendar.domain.NewEntry;

/**
 * The calendar entry form: a holiday range, a make-up working day or a local day off. The
 * last day may be left empty for a single day.
 */
public class EntryForm {

	/** Required when adding (checked with the calendar's rules); fixed when changing. */
	private DayKind kind;

	@NotBlank(message = "{validation.required}")
	@Size(max = 100, message = "{validation.tooLong}")
	private String name;

	@NotNull(message = "{validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startsOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endsOn;

	private Long version;

	static EntryForm of(EntryView entry) {
		EntryForm form = new EntryForm();
		form.kind = entry.kind();
		form.name = entry.name();
		form.startsOn = entry.startsOn();
		form.endsOn = entry.endsOn();
		form.version = entry.version();
		return form;
	}

	NewEntry toCommand() {
		return new NewEntry(this.kind, this.name, this.startsOn, this.endsOn);
	}

	public DayKind getKind() {
		return this.kind;
	}

	public void setKind(DayKind kind) {
		this.kind = kind;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public LocalDate getStartsOn() {
		return this.startsOn;
	}

	public void setStartsOn(LocalDate startsOn) {
		this.startsOn = startsOn;
	}

	public LocalDate getEndsOn() {
		return this.endsOn;
	}

	public void setEndsOn(LocalDate endsOn) {
		this.endsOn = endsOn;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
