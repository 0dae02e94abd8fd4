package dev.sportello.examples.springboot.citizen;

import dev.sportello.Page;
import dev.sportello.PageRequest;
import dev.sportello.Principal;
import dev.sportello.Sportello;
import dev.sportello.dossiers.Dossier;
import dev.sportello.dossiers.DossierId;
import dev.sportello.dossiers.DossierKindCode;
import dev.sportello.dossiers.DossierSearch;
import dev.sportello.dossiers.DossierStatus;
import dev.sportello.dossiers.DossierSummary;
import dev.sportello.dossiers.Payment;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A citizen's dossiers as the institution's systems of record reported them (R-DOS-2): the list, one
 * dossier with its status timeline, outcome and measures, and its payments with the IBAN masked. The SDK
 * lets the owner, a delegate whose delegation covers the operation and the operators of the managing office
 * read a dossier, nobody else: another citizen gets 403 {@code ACCESS_NOT_OWNER}, an unknown dossier 404
 * {@code DOS_NOT_FOUND}. Payments need a SUBSTANTIAL credential (SPID level 2 or more, CIE, CNS, the
 * institutional PIN).
 *
 * <p>Dossiers are not written here: the systems of record report them to the SDK as a service principal
 * granted {@code DOSSIER_FEED} ({@code sdk.dossiers().report}), not through this application's demo
 * headers, which authenticate nobody. A dossier id that contains {@code /} cannot be named in these paths.
 *
 * <p>Stateless and thread-safe.
 */
@RestController
@RequestMapping("/api/citizen/dossiers")
@Tag(name = "citizen")
public class CitizenDossierController {
    private final Sportello sportello;

    /**
     * Made by Spring.
     *
     * @param sportello the SDK, not null
     */
    public CitizenDossierController(Sportello sportello) {
        this.sportello = sportello;
    }

    /**
     * A page of the caller's dossiers (or of the user they represent), last changed first.
     *
     * @param principal the caller (demo headers)
     * @param kinds     only these kind codes (e.g. {@code PENSION}), or null for all
     * @param statuses  only these phases, or null for all
     * @param size      items per page, 1 to 200
     * @param cursor    the {@code nextCursor} of the previous page, or null for the first
     * @return the page
     */
    @GetMapping
    @Operation(summary = "List my dossiers, last changed first, a page at a time")
    public Page<DossierSummary> search(Principal principal, @RequestParam(name = "kind", required = false) List<String> kinds,
                                       @RequestParam(name = "status", required = false) List<DossierStatus> statuses,
                                       @RequestParam(defaultValue = "20") int size, @RequestParam(required = false) String cursor) {
        Citizens.subject(principal, "searchDossiers");
        Set<DossierKindCode> kindCodes = new LinkedHashSet<>();
        for (String kind : kinds == null ? List.<String>of() : kinds) {
            kindCodes.add(DossierKindCode.of(kind));
        }
        return sportello.dossiers().search(principal, new DossierSearch(kindCodes,
                statuses == null ? Set.of() : Set.copyOf(statuses), new PageRequest(size, cursor)));
    }

    /**
     * One dossier: its kind, managing office, status with the timeline of its changes, outcome, measures and
     * the requests about it.
     *
     * @param principal the caller (demo headers)
     * @param dossierId the dossier's reference, e.g. {@code INPS-PEN-2026-000123}
     * @return the dossier
     */
    @GetMapping("/{dossierId}")
    @Operation(summary = "Read one of my dossiers: status timeline, outcome, measures")
    public Dossier get(Principal principal, @PathVariable String dossierId) {
        return sportello.dossiers().get(principal, DossierId.of(dossierId));
    }

    /**
     * The payments of a dossier, latest first: period, gross and net amounts, deductions, status, date and
     * the payment method, with the IBAN masked ({@code IT60 **** **** **** **** ***3 456}).
     *
     * @param principal the caller (demo headers), with a SUBSTANTIAL credential
     * @param dossierId the dossier's reference
     * @return the payments
     */
    @GetMapping("/{dossierId}/payments")
    @Operation(summary = "Read the payments of one of my dossiers (IBAN masked)")
    public List<Payment> payments(Principal principal, @PathVariable String dossierId) {
        return sportello.dossiers().payments(principal, DossierId.of(dossierId));
    }
}
