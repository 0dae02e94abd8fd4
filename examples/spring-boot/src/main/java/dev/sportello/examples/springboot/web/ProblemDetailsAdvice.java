package dev.sportello.examples.springboot.web;

import dev.sportello.Arguments;
import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;
import dev.sportello.adapters.jackson.ProblemDetails;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every error as Problem Details (RFC 9457, {@code application/problem+json}) through the Jackson module's
 * {@link ProblemDetails}: a {@link SportelloException} with the HTTP status of its {@link
 * dev.sportello.ErrorCategory} (invalid input 400, access denied 403, not found 404, conflict 409, rule
 * violation 422, adapter failure 503), the stable {@code code} and the rejected {@code field}, title and
 * detail in the language of {@code Accept-Language} (Italian for {@code it}, else English). What Spring
 * MVC refuses before a controller runs is given an SDK code too: unreadable JSON {@code TRN_JSON_MALFORMED},
 * a missing parameter, part or header {@code VALUE_REQUIRED}, a parameter of the wrong type or an upload
 * over the limit {@code VALUE_INVALID}. Other framework refusals (405, 406, 415, an unknown path) keep
 * Spring's own problem document.
 *
 * <p>Never in a response: a stack trace, an exception message other than the SDK's (which carries no
 * personal data), the input. Unexpected failures are 500 with a fixed text and logged by class only
 * (their message could quote the input).
 *
 * <p>Stateless and thread-safe.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    private static final MediaType PROBLEM = MediaType.parseMediaType(ProblemDetails.MEDIA_TYPE);

    /** Made by Spring. */
    public ProblemDetailsAdvice() {
    }

    /**
     * An SDK error.
     *
     * @param error   the error, not null
     * @param request the request, not null
     * @return the problem with the category's status
     */
    @ExceptionHandler(SportelloException.class)
    public ResponseEntity<Object> sportello(SportelloException error, HttpServletRequest request) {
        LOG.debug("refused with {} on {} {}", error.code(), request.getMethod(), request.getRequestURI());
        return problem(error, request.getLocale(), request.getRequestURI());
    }

    /**
     * No demo principal header: 401.
     *
     * @param error   the refusal, not null
     * @param request the request, not null
     * @return the problem, with {@code WWW-Authenticate}
     */
    @ExceptionHandler(DemoAuthenticationRequired.class)
    public ResponseEntity<Object> unauthenticated(DemoAuthenticationRequired error, HttpServletRequest request) {
        boolean italian = "it".equals(request.getLocale().getLanguage());
        ProblemDetails problem = new ProblemDetails(URI.create(ProblemDetails.DEFAULT_TYPE_BASE + "authentication-required"),
                italian ? "Autenticazione richiesta" : "Authentication required", 401,
                (italian ? "manca l'intestazione " : "the header is missing: ") + DemoPrincipalResolver.PRINCIPAL
                        + (italian ? " (autenticazione dimostrativa)" : " (demo authentication)"),
                instance(request.getRequestURI()), "AUTHENTICATION_REQUIRED", DemoPrincipalResolver.PRINCIPAL, List.of());
        return ResponseEntity.status(401).header(HttpHeaders.WWW_AUTHENTICATE, "Demo realm=\"sportello-example\"")
                .contentType(PROBLEM).body(problem);
    }

    /**
     * Anything else: 500 with a fixed text; logged by class, not by message.
     *
     * @param error   the failure, not null
     * @param request the request, not null
     * @return the problem
     */
    @ExceptionHandler(RuntimeException.class)
    public ResponseEntity<Object> unexpected(RuntimeException error, HttpServletRequest request) {
        LOG.error("unexpected {} on {} {}", error.getClass().getName(), request.getMethod(), request.getRequestURI());
        ProblemDetails problem = new ProblemDetails(URI.create(ProblemDetails.DEFAULT_TYPE_BASE + "internal-error"),
                "Internal error", 500, "the request could not be completed", instance(request.getRequestURI()),
                "INTERNAL_ERROR", null, List.of());
        return ResponseEntity.status(500).contentType(PROBLEM).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException error, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SportelloException sportello) {       // an api factory refused a value while reading
                return problem(sportello, request);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        String field = jsonPath(error.getCause());
        return problem(SportelloException.invalidField(ErrorCode.TRN_JSON_MALFORMED, field,
                Map.of("reason", "the body is not JSON of the expected shape")), request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException error,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return problem(SportelloException.invalidField(ErrorCode.VALUE_REQUIRED, error.getParameterName(),
                Map.of("type", "request parameter")), request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException error,
                                                                     HttpHeaders headers, HttpStatusCode status,
                                                                     WebRequest request) {
        return problem(SportelloException.invalidField(ErrorCode.VALUE_REQUIRED, error.getRequestPartName(),
                Map.of("type", "multipart request")), request);
    }

    @Override
    protected ResponseEntity<Object> handleServletRequestBindingException(ServletRequestBindingException error,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        if (error instanceof MissingRequestHeaderException header) {
            return problem(SportelloException.invalidField(ErrorCode.VALUE_REQUIRED, header.getHeaderName(),
                    Map.of("type", "request header")), request);
        }
        return super.handleServletRequestBindingException(error, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException error, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String field = error instanceof MethodArgumentTypeMismatchException argument ? argument.getName()
                : String.valueOf(error.getPropertyName());
        String expected = error.getRequiredType() == null ? "value" : error.getRequiredType().getSimpleName();
        return problem(Arguments.invalid("request", field, "not a valid " + expected), request);
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException error,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return problem(Arguments.invalid("multipart request", "files", "larger than the server accepts"), request);
    }

    private ResponseEntity<Object> problem(SportelloException error, WebRequest request) {
        HttpServletRequest servlet = ((ServletWebRequest) request).getRequest();
        return problem(error, servlet.getLocale(), servlet.getRequestURI());
    }

    private static ResponseEntity<Object> problem(SportelloException error, Locale locale, String path) {
        ProblemDetails problem = ProblemDetails.of(error, locale, ProblemDetails.DEFAULT_TYPE_BASE, instance(path));
        return ResponseEntity.status(problem.status()).contentType(PROBLEM).body(problem);
    }

    /** The request path as the problem's instance; null for one that is not a plain path. */
    private static URI instance(String path) {
        try {
            return path == null ? null : new URI(null, null, path, null);
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    /** The JSON path of a databind failure ({@code fields.period}, {@code items[2]}), else {@code $}. */
    static String jsonPath(Throwable cause) {
        if (!(cause instanceof DatabindException databind) || databind.getPath().isEmpty()) {
            return cause instanceof JacksonException ? "$" : "body";
        }
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : databind.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "$" : path.toString();
    }
}
