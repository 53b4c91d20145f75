package cn.houqin.supplies;

import java.math.BigDecimal;
import java.util.List;

/**
 * What other modules may ask of the supplies store: find stocked items and issue
 * materials against another module's document (a repair work order) at moving average
 * cost.
 */
public interface SuppliesApi {

	/**
	 * Stocked items matching a code or name fragment, with what is available now.
	 * @param tenantId the tenant
	 * @param query part of the code or name; blank for the most used items
	 * @param limit at most this many
	 * @return items in code order
	 */
	List<ItemStock> stockedItems(long tenantId, String query, int limit);

	/**
	 * Issues materials from stock in one transaction: every line or none. Throws a
	 * {@code BusinessRuleException} naming the item and the quantity available when stock
	 * is short, so no quantity ever goes negative.
	 * @param command what to issue and against which document
	 * @return the lines issued with their cost
	 */
	MaterialsIssued issueMaterials(IssueMaterials command);

	/**
	 * A stocked item and its current availability.
	 *
	 * @param itemId the item
	 * @param code its code
	 * @param name its name
	 * @param specification its specification (规格), or {@code null}
	 * @param unit its unit of measure (支、包、箱…)
	 * @param available on hand minus reserved
	 * @param averageCost moving weighted-average cost, in 元
	 */
	record ItemStock(long itemId, String code, String name, String specification, String unit, BigDecimal available,
			BigDecimal averageCost) {
	}

	/**
	 * Materials to issue against a document of another module.
	 *
	 * @param tenantId the tenant
	 * @param documentType e.g. {@code REPAIR_WORK_ORDER}
	 * @param documentId the document's id
	 * @param documentNo the document's number as people read it
	 * @param unitId the unit charged
	 * @param userId who issues
	 * @param lines what and how much
	 */
	record IssueMaterials(long tenantId, String documentType, long documentId, String documentNo, long unitId,
			long userId, List<Line> lines) {

		/**
		 * @param itemId the item
		 * @param quantity more than zero
		 */
		public record Line(long itemId, BigDecimal quantity) {
		}

	}

	/**
	 * Materials issued.
	 *
	 * @param lines every line with its cost
	 * @param total the sum of the lines' amounts, in 元
	 */
	record MaterialsIssued(List<IssuedLine> lines, BigDecimal total) {

		/**
		 * @param itemId the item
		 * @param name the item's name
		 * @param unit its unit of measure
		 * @param quantity quantity issued
		 * @param unitCost cost per unit at issue, in 元
		 * @param amount quantity × unit cost, rounded to fen
		 */
		public record IssuedLine(long itemId, String name, String unit, BigDecimal quantity, BigDecimal unitCost,
				BigDecimal amount) {
		}

	}

}
