package cn.houqin.supplies.domain;

import java.io.ByteArrayInputStream;
import java.util.HashSet;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.document.ExcelImport;
import cn.houqin.document.ImportOutcome;
import cn.houqin.document.ImportPreview;
import cn.houqin.document.ImportProgress;
import cn.houqin.shared.web.BusinessRuleException;

/**
 * Import of the catalogue (办公用品目录) from Excel: a dry run that writes nothing and lists
 * every refused row, then, once the user accepts, every row written in one transaction,
 * or none when any row is refused. Each item is created like one entered on the form, so
 * each is audited.
 */
@Service
@Transactional
public class ItemImport {

	private final CatalogueService catalogue;

	private final Items items;

	ItemImport(CatalogueService catalogue, Items items) {
		this.catalogue = catalogue;
		this.items = items;
	}

	/** The dry run: nothing is written. */
	public ImportPreview<ItemDraft> preview(long tenantId, byte[] file) {
		ItemRowMapper mapper = new ItemRowMapper(this.catalogue.categories(tenantId),
				new HashSet<>(this.items.codes(tenantId)));
		return ExcelImport.read(new ByteArrayInputStream(file), ItemSheet.REQUIRED_COLUMNS, mapper);
	}

	/** Checks the file again and writes all its rows; refused while any row is bad. */
	public ImportOutcome importRows(long tenantId, byte[] file, ImportProgress progress) {
		ImportPreview<ItemDraft> preview = preview(tenantId, file);
		if (preview.hasErrors()) {
			if (preview.invalidRows() == 0) {
				throw new BusinessRuleException(null, "supplies.import.error.file");
			}
			throw new BusinessRuleException(null, "supplies.import.error.hasErrors", preview.invalidRows());
		}
		progress.total(preview.validCount());
		progress.each(preview.validRows(), draft -> this.catalogue.create(tenantId, draft));
		return new ImportOutcome(preview.validCount(), 0);
	}

}
