package cn.houqin.assets.domain;

/**
 * A disposal request in approval, returned to the requester for correction, approved,
 * rejected, withdrawn after a return, or completed (the assets left the books).
 */
public enum DisposalStatus {

	IN_APPROVAL, RETURNED, APPROVED, REJECTED, WITHDRAWN, COMPLETED

}
