package cn.houqin.org.domain;

/**
 * A rank (职级) as the reference-data pages and the API show it; lower sort order ranks
 * higher.
 */
public record RankView(long id, long version, String code, String name, int sortOrder) {

	static RankView of(Rank rank) {
		return new RankView(rank.getId(), rank.getVersion(), rank.getCode(), rank.getName(), rank.getSortOrder());
	}

}
