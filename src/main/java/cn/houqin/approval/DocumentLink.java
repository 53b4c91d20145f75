package cn.houqin.approval;

/**
 * Where a module shows one of its documents, declared as a bean so that approvers can
 * open the whole document (its lines, quotes, attachments) from the approval page.
 *
 * @param documentType e.g. {@code SUPPLY_PURCHASE}
 * @param pathTemplate the page's path with {@code {id}} for the document's id, e.g.
 * {@code /supplies/purchase-requests/{id}}
 */
public record DocumentLink(String documentType, String pathTemplate) {

	public DocumentLink {
		if (!pathTemplate.startsWith("/") || !pathTemplate.contains("{id}")) {
			throw new IllegalArgumentException("A document link is a path with {id}: " + pathTemplate);
		}
	}

	/** The path of one document. */
	public String pathOf(long documentId) {
		return this.pathTemplate.replace("{id}", Long.toString(documentId));
	}

}
