package cn.houqin.approval;

/**
 * A standard a document exceeds (超标), found by the submitting module and shown to every
 * approver before they decide.
 *
 * @param rule what the standard is, e.g. 办公设备配置标准：台式计算机单价
 * @param limit the standard's limit as written, e.g. 5,000.00 元
 * @param actual the document's value, e.g. 6,800.00 元
 * @param source where the standard comes from (document and article)
 */
public record OverStandard(String rule, String limit, String actual, String source) {

}
