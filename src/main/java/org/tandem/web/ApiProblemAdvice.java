package org.tandem.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFound;

/**
 * Errors of the REST API as RFC 9457 problem details ({@code application/problem+json}).
 * A bad request names each bad field and the rule it broke in {@code errors}, the same
 * way whether the service found it or the JSON could not be read. Scoped to REST
 * controllers and ordered first, so the pages keep their HTML error pages.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblemAdvice.class);

	static final URI INVALID_INPUT = URI.create("urn:tandem:problem:invalid-input");

	static final URI STALE_VERSION = URI.create("urn:tandem:problem:stale-version");

	private final MessageSource messages;

	ApiProblemAdvice(MessageSource messages) {
		this.messages = messages;
		setMessageSource(messages);
	}

	/** One broken rule, as the {@code errors} member of a problem lists it. */
	record FieldProblem(String field, String rule, String message) {
	}

	@ExceptionHandler(InvalidInput.class)
	ResponseEntity<Object> invalidInput(InvalidInput ex) {
		return invalid(ex.violations().stream().map(v -> new FieldProblem(v.field(), v.rule(), v.message())).toList());
	}

	@ExceptionHandler(NotFound.class)
	ResponseEntity<Object> notFound(NotFound ex) {
		return problem(HttpStatus.NOT_FOUND, "api.problem.notFound", null);
	}

	/** The service has already written the denial to the audit trail. */
	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<Object> denied(AccessDeniedException ex) {
		return problem(HttpStatus.FORBIDDEN, "api.problem.forbidden", null);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<Object> staleVersion(OptimisticLockingFailureException ex) {
		return problem(HttpStatus.CONFLICT, "api.problem.staleVersion", STALE_VERSION);
	}

	/**
	 * Anything unexpected: the transaction has rolled back, so nothing was partly saved.
	 * The log names the incident, never the request's data.
	 */
	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
		if (ex instanceof ErrorResponse response) {
			return handleExceptionInternal(ex, null, response.getHeaders(), response.getStatusCode(), request);
		}
		UUID incident = UUID.randomUUID();
		log.error("API request failed, incident {}: {}", incident, ex.getClass().getName(), withoutMessage(ex));
		ResponseEntity<Object> response = problem(HttpStatus.INTERNAL_SERVER_ERROR, "api.problem.unexpected", null);
		((ProblemDetail) response.getBody()).setProperty("incident", incident.toString());
		return response;
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (ex.getCause() instanceof JacksonException json) {
			String field = path(json);
			if (json instanceof StreamReadException && !(json instanceof MismatchedInputException)) {
				return invalid(List
					.of(new FieldProblem(field.isEmpty() ? null : field, "json-syntax", text("api.rule.json-syntax"))));
			}
			if (json instanceof MismatchedInputException mismatch) {
				return field.isEmpty() ? invalid(List.of(new FieldProblem(null, "type", text("api.rule.type.object"))))
						: invalid(List.of(new FieldProblem(field, "type", expected(mismatch.getTargetType()))));
			}
			if (!field.isEmpty()) {
				return invalid(List.of(new FieldProblem(field, "type", text("api.rule.type.value"))));
			}
		}
		String rule = ex.getCause() == null ? "body-required" : "json-syntax";
		return invalid(List.of(new FieldProblem(null, rule, text("api.rule." + rule))));
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String field = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
				: ex.getPropertyName();
		return invalid(List.of(new FieldProblem(field, "type", expected(ex.getRequiredType()))));
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return invalid(List.of(new FieldProblem(ex.getParameterName(), "required", text("api.rule.required"))));
	}

	/** Every problem the API answers is {@code application/problem+json}. */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
		if (response == null || !(response.getBody() instanceof ProblemDetail)) {
			return response;
		}
		HttpHeaders problemHeaders = new HttpHeaders();
		problemHeaders.addAll(response.getHeaders());
		problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		return new ResponseEntity<>(response.getBody(), problemHeaders, response.getStatusCode());
	}

	private ResponseEntity<Object> invalid(List<FieldProblem> errors) {
		ResponseEntity<Object> response = problem(HttpStatus.BAD_REQUEST, "api.problem.invalid", INVALID_INPUT);
		((ProblemDetail) response.getBody()).setProperty("errors", errors);
		return response;
	}

	private ResponseEntity<Object> problem(HttpStatus status, String key, URI type) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text(key + ".detail"));
		problem.setTitle(text(key + ".title"));
		if (type != null) {
			problem.setType(type);
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** What a value of the type must look like, in the reader's language. */
	private String expected(Class<?> type) {
		if (type == null) {
			return text("api.rule.type.value");
		}
		if (type.isEnum()) {
			return text("api.rule.type.enum",
					Arrays.stream(type.getEnumConstants())
						.map(c -> ((Enum<?>) c).name())
						.collect(Collectors.joining(", ")));
		}
		if (type == UUID.class) {
			return text("api.rule.type.uuid");
		}
		if (type == LocalDate.class) {
			return text("api.rule.type.date");
		}
		if (type == Instant.class || type == OffsetDateTime.class || type == LocalDateTime.class) {
			return text("api.rule.type.instant");
		}
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
			return text("api.rule.type.integer");
		}
		if (type == Boolean.class || type == boolean.class) {
			return text("api.rule.type.boolean");
		}
		if (List.class.isAssignableFrom(type) || type.isArray()) {
			return text("api.rule.type.list");
		}
		if (type == String.class) {
			return text("api.rule.type.text");
		}
		return text("api.rule.type.value");
	}

	/**
	 * The JSON path of the bad value as the client wrote it: {@code details.dateOfBirth}.
	 */
	private static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private String text(String key, Object... args) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.messages.getMessage(key, args, key, locale);
	}

	/**
	 * The stack trace without the exception messages, which may quote the request's data.
	 */
	private static Throwable withoutMessage(Throwable ex) {
		Throwable copy = new Throwable(ex.getClass().getName());
		copy.setStackTrace(ex.getStackTrace());
		if (ex.getCause() != null && ex.getCause() != ex) {
			copy.initCause(withoutMessage(ex.getCause()));
		}
		return copy;
	}

}
