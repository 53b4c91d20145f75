package cn.houqin.assets.web;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.houqin.assets.domain.AssetService;
import cn.houqin.assets.domain.AssetMovementKind;
import cn.houqin.assets.domain.MovementRequest;
import cn.houqin.org.OrgApi;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.DataScope;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.shared.web.NotFoundException;

/**
 * Handover (交接, 篇8 第八条): every asset in a leaving person's custody, each handed to a
 * named person or returned to the store; the receiver confirms.
 */
@Controller
class HandoverController {

	private final AssetService assets;

	private final OrgApi org;

	private final Choices choices;

	private final DataScopes scopes;

	HandoverController(AssetService assets, OrgApi org, Choices choices, DataScopes scopes) {
		this.assets = assets;
		this.org = org;
		this.choices = choices;
		this.scopes = scopes;
	}

	@GetMapping("/assets/handover/{staffId}")
	@PreAuthorize("hasAuthority('assets.move')")
	String handover(@PathVariable long staffId, Model model) {
		CurrentUser user = DataScopes.currentUser();
		DataScope scope = this.scopes.forPermission(AssetService.MOVE);
		model.addAttribute("person",
				this.org.staff(user.tenantId(), staffId)
					.filter(person -> scope.permits(person.unitId(), person.id()))
					.orElseThrow(() -> new NotFoundException("Staff", staffId)));
		model.addAttribute("custody", this.assets.custody(user.tenantId(), staffId));
		return "assets/handover";
	}

	@PostMapping("/assets/handover/{staffId}/{assetId}")
	@PreAuthorize("hasAuthority('assets.move')")
	String handOver(@PathVariable long staffId, @PathVariable long assetId,
			@RequestParam(required = false) String toStaffNo, RedirectAttributes redirect) {
		CurrentUser user = DataScopes.currentUser();
		try {
			Long receiver = this.choices.staffId(user.tenantId(), toStaffNo, "toStaffNo");
			AssetMovementKind kind = receiver == null ? AssetMovementKind.STORE_RETURN : AssetMovementKind.HANDOVER;
			this.assets.requestMovement(user, assetId, new MovementRequest(kind, receiver, null, null, null, null));
			redirect.addFlashAttribute("flashSuccess", "assets.flash.movementRequested");
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			redirect.addFlashAttribute("flashArgs", ex.arguments());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", "assets.error.changed");
		}
		return "redirect:/assets/handover/" + staffId;
	}

}
