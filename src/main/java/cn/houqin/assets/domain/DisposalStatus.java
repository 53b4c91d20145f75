package cn.houqin.assets.domain;

/**
 * A disposal request in approval, approved, rejected, withdrawn after a return, or
 * completed (the assets left the books).
 */
public enum DisposalStatus {

	IN_APPROVAL, APPROVED, REJECTED, WITHDRAWN, COMPLETED

}
