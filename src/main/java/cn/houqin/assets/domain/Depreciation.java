package cn.houqin.assets.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Straight-line monthly depreciation (政府会计准则第3号): no residual value; an asset depreciates
 * from the month it is acquired (当月增加当月计提) and not in the month it is disposed of
 * (当月减少当月不再计提); the last month of its life takes the rounding remainder so that the net
 * book value reaches exactly zero and never goes below it. Categories without a useful
 * life (land, cultural relics, books and archives) are not depreciated.
 *
 * @param monthly the monthly charge, in 元
 * @param months months charged up to the date
 * @param accumulated accumulated depreciation, in 元
 * @param netBookValue original value less accumulated depreciation, never negative
 */
public record Depreciation(BigDecimal monthly, int months, BigDecimal accumulated, BigDecimal netBookValue) {

	private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

	/**
	 * @param originalValue the asset's original value
	 * @param acquired the purchase date
	 * @param lifeMonths the category's useful life in months, or {@code null} when it is
	 * not depreciated
	 * @param on the date to compute for (its whole month counts)
	 * @param disposedOn the disposal date, or {@code null}
	 */
	public static Depreciation of(BigDecimal originalValue, LocalDate acquired, Integer lifeMonths, LocalDate on,
			LocalDate disposedOn) {
		BigDecimal original = originalValue.setScale(2, RoundingMode.HALF_UP);
		if (lifeMonths == null || lifeMonths <= 0 || original.signum() <= 0) {
			return new Depreciation(ZERO, 0, ZERO, original.max(ZERO));
		}
		BigDecimal monthly = original.divide(BigDecimal.valueOf(lifeMonths), 2, RoundingMode.HALF_UP);
		YearMonth last = YearMonth.from(on);
		if (disposedOn != null) {
			YearMonth beforeDisposal = YearMonth.from(disposedOn).minusMonths(1);
			if (beforeDisposal.isBefore(last)) {
				last = beforeDisposal;
			}
		}
		long elapsed = YearMonth.from(acquired).until(last, java.time.temporal.ChronoUnit.MONTHS) + 1;
		int months = (int) Math.max(0, Math.min(elapsed, lifeMonths));
		BigDecimal accumulated = months >= lifeMonths ? original
				: monthly.multiply(BigDecimal.valueOf(months)).min(original).setScale(2, RoundingMode.HALF_UP);
		return new Depreciation(monthly, months, accumulated, original.subtract(accumulated));
	}

	/** The charge of one month: what the month adds to the accumulated depreciation. */
	public static BigDecimal chargeFor(BigDecimal originalValue, LocalDate acquired, Integer lifeMonths,
			YearMonth month, LocalDate disposedOn) {
		Depreciation end = of(originalValue, acquired, lifeMonths, month.atEndOfMonth(), disposedOn);
		Depreciation before = of(originalValue, acquired, lifeMonths, month.minusMonths(1).atEndOfMonth(), disposedOn);
		return end.accumulated().subtract(before.accumulated());
	}

}
