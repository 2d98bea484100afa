package org.tandem.web;

import java.time.ZoneId;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.tandem.identity.SignedInUser;
import org.tandem.identity.StaffDirectory;

/** Gives every page its {@link PageContext} as the model attribute {@code page}. */
@ControllerAdvice
class PageContextAdvice {

	private final MessageSource messages;

	private final StaffDirectory directory;

	PageContextAdvice(MessageSource messages, StaffDirectory directory) {
		this.messages = messages;
		this.directory = directory;
	}

	@ModelAttribute("page")
	PageContext page(HttpServletRequest request) {
		return create(this.messages, this.directory, request);
	}

	static PageContext create(MessageSource messages, StaffDirectory directory, HttpServletRequest request) {
		SignedInUser user = SignedInUser.current().orElse(null);
		ZoneId zone = user == null ? ZoneId.of("UTC") : directory.timeZoneOf(user.organizationId());
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		return new PageContext(messages, LocaleContextHolder.getLocale(), user, zone, csrf, request.getRequestURI());
	}

}
