package cn.houqin.assets.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The new-card form; the custodian is named by employee number (工号).
 */
public class AssetForm {

	@NotBlank
	@Size(max = 200)
	private String name;

	@NotBlank
	private String categoryCode;

	@Size(max = 200)
	private String model;

	@Size(max = 100)
	private String serialNo;

	@Size(max = 200)
	private String supplier;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate purchaseDate;

	@NotNull
	private BigDecimal originalValue;

	@Size(max = 100)
	private String fundingSource;

	@Size(max = 200)
	private String location;

	@NotNull
	private Long unitId;

	@Size(max = 40)
	private String custodianNo;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getCategoryCode() {
		return this.categoryCode;
	}

	public void setCategoryCode(String categoryCode) {
		this.categoryCode = categoryCode;
	}

	public String getModel() {
		return this.model;
	}

	public void setModel(String model) {
		this.model = model;
	}

	public String getSerialNo() {
		return this.serialNo;
	}

	public void setSerialNo(String serialNo) {
		this.serialNo = serialNo;
	}

	public String getSupplier() {
		return this.supplier;
	}

	public void setSupplier(String supplier) {
		this.supplier = supplier;
	}

	public LocalDate getPurchaseDate() {
		return this.purchaseDate;
	}

	public void setPurchaseDate(LocalDate purchaseDate) {
		this.purchaseDate = purchaseDate;
	}

	public BigDecimal getOriginalValue() {
		return this.originalValue;
	}

	public void setOriginalValue(BigDecimal originalValue) {
		this.originalValue = originalValue;
	}

	public String getFundingSource() {
		return this.fundingSource;
	}

	public void setFundingSource(String fundingSource) {
		this.fundingSource = fundingSource;
	}

	public String getLocation() {
		return this.location;
	}

	public void setLocation(String location) {
		this.location = location;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
	}

	public String getCustodianNo() {
		return this.custodianNo;
	}

	public void setCustodianNo(String custodianNo) {
		this.custodianNo = custodianNo;
	}

}
