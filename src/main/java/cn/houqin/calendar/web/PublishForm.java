package cn.houqin.calendar.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import cn.houqin.calendar.domain.YearStatus;

/**
 * Publishing a year: the notice it follows and the notice's date.
 */
public class PublishForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 500, message = "{validation.tooLong}")
	private String source;

	@NotNull(message = "{validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate publishedOn;

	private Long version;

	static PublishForm of(YearStatus status) {
		PublishForm form = new PublishForm();
		form.source = status.source();
		form.publishedOn = status.publishedOn();
		form.version = status.version();
		return form;
	}

	public String getSource() {
		return this.source;
	}

	public void setSource(String source) {
		this.source = source;
	}

	public LocalDate getPublishedOn() {
		return this.publishedOn;
	}

	public void setPublishedOn(LocalDate publishedOn) {
		this.publishedOn = publishedOn;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
