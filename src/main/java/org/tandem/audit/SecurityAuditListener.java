package org.tandem.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.tandem.identity.StaffPrincipal;

/** Sign-ins, sign-outs and denied requests go to the audit trail too. */
@Component
class SecurityAuditListener {

	private final AuditTrail trail;

	SecurityAuditListener(AuditTrail trail) {
		this.trail = trail;
	}

	@EventListener
	void signedIn(InteractiveAuthenticationSuccessEvent event) {
		principal(event.getAuthentication()).ifPresent(p -> this.trail.recordFor(p.user().organizationId(),
				p.user().id(), p.user().username(), AuditAction.SIGN_IN, "SESSION", null, null));
	}

	@EventListener
	void signInFailed(AbstractAuthenticationFailureEvent event) {
		// the typed user name is not kept: it is sometimes a password typed in the wrong
		// box
		this.trail.recordFor(null, null, null, AuditAction.SIGN_IN_FAILED, "SESSION", null,
				event.getException().getClass().getSimpleName());
	}

	@EventListener
	void signedOut(LogoutSuccessEvent event) {
		principal(event.getAuthentication()).ifPresent(p -> this.trail.recordFor(p.user().organizationId(),
				p.user().id(), p.user().username(), AuditAction.SIGN_OUT, "SESSION", null, null));
	}

	@EventListener
	void denied(AuthorizationDeniedEvent<?> event) {
		Authentication authentication = event.getAuthentication().get();
		Object source = event.getSource();
		String what = source instanceof jakarta.servlet.http.HttpServletRequest request
				? request.getMethod() + " " + request.getRequestURI() : String.valueOf(source);
		principal(authentication).ifPresent(p -> this.trail.recordFor(p.user().organizationId(), p.user().id(),
				p.user().username(), AuditAction.DENIED, "REQUEST", null, what));
	}

	private static java.util.Optional<StaffPrincipal> principal(Authentication authentication) {
		return authentication != null && authentication.getPrincipal() instanceof StaffPrincipal p
				? java.util.Optional.of(p) : java.util.Optional.empty();
	}

}
