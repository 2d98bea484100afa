package org.tandem.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.tandem.identity.StaffDirectory;
import org.tandem.platform.NotFound;

/**
 * A missing record is a 404 page; an edit that lost a race with another is a 409 page
 * saying so.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrorAdvice {

	private final MessageSource messages;

	private final StaffDirectory directory;

	PageErrorAdvice(MessageSource messages, StaffDirectory directory) {
		this.messages = messages;
		this.directory = directory;
	}

	@ExceptionHandler(NotFound.class)
	ModelAndView notFound(HttpServletRequest request) {
		return error(request, HttpStatus.NOT_FOUND);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ModelAndView conflict(HttpServletRequest request) {
		return error(request, HttpStatus.CONFLICT);
	}

	private ModelAndView error(HttpServletRequest request, HttpStatus status) {
		ModelAndView view = new ModelAndView("error", status);
		view.addObject("page", PageContextAdvice.create(this.messages, this.directory, request));
		view.addObject("status", status.value());
		return view;
	}

}
