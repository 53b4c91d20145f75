package cn.houqin.assets.domain;

/**
 * How assets leave the books: 报废 (scrap), 报损 (loss), 调拨 (transfer out), 出售 (sale), 捐赠
 * (donation).
 */
public enum DisposalMethod {

	SCRAP, LOSS, TRANSFER_OUT, SALE, DONATION

}
