package cn.houqin.conduct.domain;

/** An item of the offence catalogue. */
public record OffenceView(long id, long version, String code, String article, int points, String shortName,
		String wording, boolean other, boolean retired) {

	/** Code, short name and value, as a choice in a list. */
	public String label() {
		return this.code + " " + this.shortName + " (" + this.points + ")";
	}

	static OffenceView of(Offence o) {
		return new OffenceView(o.getId(), o.getVersion(), o.getCode(), o.getArticle(), o.getPoints(), o.getShortName(),
				o.getWording(), o.isOther(), o.isRetired());
	}

}
