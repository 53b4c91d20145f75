package cn.houqin.assets.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A stocktake with its lines and counts.
 *
 * @param id the stocktake
 * @param title its title
 * @param unitId the unit it covers, or {@code null}
 * @param unitName the unit's name, or {@code null}
 * @param location the location it covers, or {@code null}
 * @param status open, closed or posted
 * @param startedOn when it started
 * @param lines every line, book list first
 * @param version for optimistic locking
 */
public record AssetStocktakeView(long id, String title, Long unitId, String unitName, String location,
		AssetStocktakeStatus status, LocalDate startedOn, List<Line> lines, long version) {

	public long count(LineResult result) {
		return this.lines.stream().filter(l -> l.result() == result).count();
	}

	public List<Line> variances() {
		return this.lines.stream().filter(l -> l.result().variance()).toList();
	}

	public boolean open() {
		return this.status == AssetStocktakeStatus.OPEN;
	}

	/**
	 * @param assetId the asset
	 * @param assetNo its number
	 * @param assetName its name
	 * @param bookLocation where the books had it
	 * @param foundLocation where it was found
	 * @param result what counting found
	 */
	public record Line(long assetId, String assetNo, String assetName, String bookLocation, String foundLocation,
			LineResult result) {

	}

}
