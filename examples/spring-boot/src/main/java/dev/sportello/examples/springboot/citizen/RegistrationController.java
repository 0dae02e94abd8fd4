package dev.sportello.examples.springboot.citizen;

import dev.sportello.Language;
import dev.sportello.Principal;
import dev.sportello.Sportello;
import dev.sportello.users.MunicipalityCode;
import dev.sportello.users.RegisterCitizen;
import dev.sportello.users.TaxCode;
import dev.sportello.users.UserProfile;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A citizen's first visit: registration. It runs as the portal's own service principal, as in a real
 * portal right after the SPID/CIE login, when the person has no user id yet. <b>Demo</b>: here the tax
 * code and name come from the body; a real portal takes them from the verified identity assertion, never
 * from what the browser sends.
 *
 * <p>Stateless and thread-safe.
 */
@RestController
@RequestMapping("/api/citizen/registration")
@Tag(name = "citizen")
public class RegistrationController {
    /** The principal of this application's back end. */
    static final Principal PORTAL = Principal.service("example-portal");

    private final Sportello sportello;

    /**
     * Made by Spring.
     *
     * @param sportello the SDK, not null
     */
    public RegistrationController(Sportello sportello) {
        this.sportello = sportello;
    }

    /**
     * What registration needs.
     *
     * @param taxCode   the tax code (codice fiscale)
     * @param name      the full name
     * @param residence the cadastral code of the municipality of residence (decides the competent office)
     * @param language  the preferred language
     */
    public record RegistrationBody(TaxCode taxCode, String name, MunicipalityCode residence, Language language) {
    }

    /**
     * Registers a citizen (idempotent per tax code: the SDK refuses a second registration).
     *
     * @param body the person, not null
     * @return the profile
     */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @SecurityRequirements
    @Operation(summary = "Register a citizen (demo: as the portal, without headers)")
    public UserProfile register(@RequestBody RegistrationBody body) {
        return sportello.users().register(PORTAL, new RegisterCitizen(body.taxCode(), body.name(), body.residence(),
                body.language()));
    }
}
