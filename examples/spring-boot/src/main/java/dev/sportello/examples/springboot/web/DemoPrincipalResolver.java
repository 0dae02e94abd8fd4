package dev.sportello.examples.springboot.web;

import dev.sportello.Arguments;
import dev.sportello.Credential;
import dev.sportello.OperatorId;
import dev.sportello.PartyId;
import dev.sportello.Principal;
import dev.sportello.UserId;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import java.util.Arrays;

/**
 * <b>DEMO ONLY — NOT AUTHENTICATION.</b> Resolves a controller's {@link Principal} parameter from request
 * headers that <em>anyone</em> can set:
 *
 * <ul>
 *   <li>{@value #PRINCIPAL}: {@code user:<uuid>} or {@code operator:<uuid>} (the SDK's party text form);</li>
 *   <li>{@value #CREDENTIAL}: how that party "logged in", e.g. {@code SPID_L2} or {@code CIE} (the SDK checks
 *       the assurance level of each operation against it);</li>
 *   <li>{@value #ACTING_FOR} (optional): the UUID of the user represented under a delegation or mandate
 *       (the SDK checks that the delegation exists and covers the operation).</li>
 * </ul>
 *
 * <p>Whoever can reach this application can therefore claim to be anyone, with any credential. That is
 * acceptable only for trying the API on one's own machine. A real deployment authenticates citizens with
 * SPID or CIE (SAML or OpenID Connect, through the institution's identity gateway) and operators with the
 * back office's identity provider, in its security layer (e.g. Spring Security), and builds the
 * {@code Principal} from the <em>verified</em> assertion: the user id looked up from the asserted tax code,
 * the credential from the asserted level ({@code SPID_L2}, {@code CIE}, …). Replace this resolver with one
 * that reads the authenticated {@code SecurityContext}; the controllers do not change. The SDK trusts the
 * principal it is given for authentication and checks everything else (ownership, delegation, office,
 * role, assurance level) itself.
 *
 * <p>A request without {@value #PRINCIPAL} is refused with 401; a malformed header with 400 and the SDK's
 * code ({@code ID_INVALID}, {@code VALUE_INVALID}). Services are not accepted from a header: a service
 * principal is the application itself.
 *
 * <p>Stateless and thread-safe.
 */
public final class DemoPrincipalResolver implements HandlerMethodArgumentResolver {
    /** The header naming the party: {@code user:<uuid>} or {@code operator:<uuid>}. */
    public static final String PRINCIPAL = "X-Demo-Principal";
    /** The header naming the credential, a {@link Credential} name other than {@code SERVICE}. */
    public static final String CREDENTIAL = "X-Demo-Credential";
    /** The optional header naming the represented user's UUID. */
    public static final String ACTING_FOR = "X-Demo-Acting-For";

    /** Makes the resolver. */
    public DemoPrincipalResolver() {
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Principal.class;
    }

    /**
     * The principal the headers claim.
     *
     * @return the principal, never null
     * @throws DemoAuthenticationRequired    without {@value #PRINCIPAL}
     * @throws dev.sportello.InvalidInputException for a malformed header
     */
    @Override
    public Principal resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                     NativeWebRequest request, WebDataBinderFactory binders) {
        return resolve(request.getHeader(PRINCIPAL), request.getHeader(CREDENTIAL), request.getHeader(ACTING_FOR));
    }

    /**
     * The principal three header values claim.
     *
     * @param party      the {@value #PRINCIPAL} value, or null
     * @param credential the {@value #CREDENTIAL} value, or null
     * @param actingFor  the {@value #ACTING_FOR} value, or null
     * @return the principal, never null
     * @throws DemoAuthenticationRequired    for a null party
     * @throws dev.sportello.InvalidInputException for a malformed value
     */
    static Principal resolve(String party, String credential, String actingFor) {
        if (party == null || party.isEmpty()) {
            throw new DemoAuthenticationRequired();
        }
        Credential how = credential(Arguments.required(credential, "DemoPrincipal", CREDENTIAL));
        PartyId id = PartyId.parse(party);
        Principal principal;
        if (id instanceof UserId user) {
            principal = Principal.user(user, how);
        } else if (id instanceof OperatorId operator) {
            principal = Principal.operator(operator, how);
        } else {
            throw Arguments.invalid("DemoPrincipal", PRINCIPAL, "user:<uuid> or operator:<uuid>");
        }
        return actingFor == null || actingFor.isEmpty() ? principal : principal.actingFor(UserId.of(actingFor));
    }

    private static Credential credential(String name) {
        return Arrays.stream(Credential.values())
                .filter(c -> c != Credential.SERVICE && c.name().equals(name))
                .findFirst()
                .orElseThrow(() -> Arguments.invalid("DemoPrincipal", CREDENTIAL, "one of SPID_L1, SPID_L2, SPID_L3, CIE, "
                        + "CNS, INSTITUTIONAL_PIN, USERNAME_PASSWORD"));
    }
}
