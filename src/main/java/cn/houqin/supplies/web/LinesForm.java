package cn.houqin.supplies.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.houqin.supplies.domain.PurchaseDraft;
import cn.houqin.supplies.domain.QuoteDraft;
import cn.houqin.supplies.domain.ReceiptDraft;
import cn.houqin.supplies.domain.RequisitionDraft;

/**
 * The page forms with item lines: purchase request (reason, needed-by), requisition
 * (purpose), quotes (chosen, reason) and receipt (invoice, supplier). One class because
 * they share the line table.
 */
public class LinesForm {

	private String text;

	@org.springframework.format.annotation.DateTimeFormat(
			iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
	private LocalDate date;

	private String invoiceNo;

	private String supplier;

	private Integer chosen;

	private List<LineForm> lines = new ArrayList<>();

	static LinesForm withBlankLines(int count) {
		LinesForm form = new LinesForm();
		for (int i = 0; i < count; i++) {
			form.lines.add(new LineForm());
		}
		return form;
	}

	private List<LineForm> filled() {
		return this.lines.stream().filter(l -> !l.blank()).toList();
	}

	PurchaseDraft toPurchase(Long handlerStaffId) {
		return new PurchaseDraft(null, handlerStaffId, this.text, this.date,
				filled().stream()
					.map(l -> new PurchaseDraft.Line(l.getItemId(), l.getQuantity(), l.getUnitPrice()))
					.toList());
	}

	RequisitionDraft toRequisition() {
		return new RequisitionDraft(this.text,
				filled().stream().map(l -> new RequisitionDraft.Line(l.getItemId(), l.getQuantity())).toList());
	}

	QuoteDraft toQuotes() {
		return new QuoteDraft(filled().stream()
			.map(l -> new QuoteDraft.Line(l.getSupplier(), l.getUnitPrice(), l.getQuotedOn(), null, l.attachment()))
			.toList(), this.chosen, this.text);
	}

	ReceiptDraft toReceipt(long purchaseRequestId) {
		return new ReceiptDraft(purchaseRequestId, this.invoiceNo, this.supplier, this.date, filled().stream()
			.map(l -> new ReceiptDraft.Line(l.getItemId(), l.getQuantity(), BigDecimal.ZERO, l.getUnitPrice(), null))
			.toList());
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public LocalDate getDate() {
		return this.date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public String getInvoiceNo() {
		return this.invoiceNo;
	}

	public void setInvoiceNo(String invoiceNo) {
		this.invoiceNo = invoiceNo;
	}

	public String getSupplier() {
		return this.supplier;
	}

	public void setSupplier(String supplier) {
		this.supplier = supplier;
	}

	public Integer getChosen() {
		return this.chosen;
	}

	public void setChosen(Integer chosen) {
		this.chosen = chosen;
	}

	public List<LineForm> getLines() {
		return this.lines;
	}

	public void setLines(List<LineForm> lines) {
		this.lines = lines;
	}

}
