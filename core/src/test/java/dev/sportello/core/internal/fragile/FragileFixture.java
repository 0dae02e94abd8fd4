package dev.sportello.core.internal.fragile;

import dev.sportello.Credential;
import dev.sportello.Operation;
import dev.sportello.Principal;
import dev.sportello.ServiceGrants;
import dev.sportello.adapters.memory.RecordingPostalChannel;
import dev.sportello.core.FragileUserSettings;
import dev.sportello.core.SportelloSdk;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.core.internal.testing.TestOffices;
import dev.sportello.dossiers.DocumentId;
import dev.sportello.dossiers.DocumentKind;
import dev.sportello.dossiers.DocumentUpload;
import dev.sportello.dossiers.DossierId;
import dev.sportello.dossiers.DossierKindCode;
import dev.sportello.dossiers.DossierReport;
import dev.sportello.dossiers.DossierStatus;
import dev.sportello.fragile.EnrolFragileUser;
import dev.sportello.fragile.Enrolment;
import dev.sportello.fragile.spi.EnrolmentRecord;
import dev.sportello.fragile.spi.FragileStore;
import dev.sportello.users.Allowance;
import dev.sportello.users.EmailAddress;
import dev.sportello.users.FragilityFacts;
import dev.sportello.users.PostalAddress;
import dev.sportello.users.TaxCode;
import dev.sportello.users.UserProfile;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The SDK of core's tests with the fragile-users channel set up: a recording postal channel, the channel's
 * contacts, seeded personal codes (a cheap PBKDF2 cost: the default's 600,000 iterations are checked apart),
 * and the phone system's service granted the phone line. One per test.
 */
final class FragileFixture implements AutoCloseable {
    /** Roma's operator of the fragile-users channel, without sign language. */
    static final Principal DESK = Principal.operator(TestOffices.ROMA_FRAGILE_DESK, Credential.CIE);
    /** Roma's operator with sign language and the fragile-users channel. */
    static final Principal SIGNER = CoreFixture.INTERPRETER;
    /** Roma's front office without the channel's skill. */
    static final Principal FRONT_OFFICE = CoreFixture.FRONT_OFFICE;
    /** The phone system, granted the phone line only. */
    static final Principal PHONE_SYSTEM = Principal.service("phone-system");
    /** The residence of the tests' users. */
    static final PostalAddress RESIDENCE = new PostalAddress("Via Tiburtina 1234, scala B", "00131", "Roma", "RM");

    final RecordingPostalChannel postal = new RecordingPostalChannel();
    final CoreFixture h;

    FragileFixture() {
        this(f -> { }, b -> { });
    }

    FragileFixture(Consumer<FragileUserSettings.Builder> settings) {
        this(settings, b -> { });
    }

    FragileFixture(Consumer<FragileUserSettings.Builder> settings, Consumer<SportelloSdk.Builder> more) {
        h = new CoreFixture(b -> {
            b.postalChannel(postal)
                    .serviceGrants(ServiceGrants.builder().grant("portal", EnumSet.allOf(Operation.class))
                            .grant("phone-system", Operation.FRAGILE_PHONE_LINE)
                            .grant("dossier-feed", Operation.DOSSIER_FEED).build())
                    .fragileUsers(f -> {
                        f.phoneLine("800 123 456").portal(URI.create("https://servizi.example.it/fragili"))
                                .mailbox(new EmailAddress("canale.fragili@example.it"))
                                .codeHashIterations(10_000).codeRandom(seeded(20261123L));
                        settings.accept(f);
                    });
            more.accept(b);
        });
    }

    static SecureRandom seeded(long seed) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed);
            return random;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A 76-year-old in Rome with an attendance allowance: eligible on ground (a). */
    UserProfile elderly() {
        UserProfile user = h.citizenBorn(LocalDate.of(1950, 5, 14));
        h.fragility.put((TaxCode) user.fiscalCode(), new FragilityFacts(Set.of(Allowance.ATTENDANCE), false, false,
                false, false));
        return user;
    }

    /** A deaf adult in Rome: eligible on ground (c). */
    UserProfile deaf() {
        return h.deaf(h.citizen());
    }

    /** A civilly blind adult in Rome: eligible on ground (b). */
    UserProfile blind() {
        UserProfile user = h.citizen();
        h.fragility.put((TaxCode) user.fiscalCode(), new FragilityFacts(Set.of(), true, false, false, false));
        return user;
    }

    /** Enrols a user through Roma's channel desk. */
    Enrolment enrol(UserProfile user) {
        return h.sdk.fragileUsers().enrol(DESK, new EnrolFragileUser(user.id(), RESIDENCE));
    }

    /** Posts what is due and reads the personal code of an enrolment's current letter. */
    String codeOf(Enrolment enrolment) {
        h.deliver();
        return postal.personalCode(enrolment.codeLetter().toString()).orElseThrow(() ->
                new IllegalStateException("no letter with a personal code was posted"));
    }

    /** The enrolment as stored. */
    EnrolmentRecord stored(UserProfile user) {
        return h.read(s -> s.get(FragileStore.class).findEnrolment(user.id())).orElseThrow();
    }

    /** Reports a dossier of the user and stores a document of a kind and year in it. */
    byte[] document(UserProfile user, String dossier, DocumentKind kind, int year) {
        Principal feed = Principal.service("dossier-feed");
        DossierId id = DossierId.of(dossier);
        h.sdk.dossiers().report(feed, new DossierReport(id, 1, CoreFixture.START.minusSeconds(86_400),   // again: a duplicate
                DossierKindCode.WORKPLACE_INJURY, user.id(), TestOffices.ROMA, DossierStatus.IN_PROGRESS, null, null,
                List.of(), List.of(), null));
        byte[] pdf = ("%PDF-1.7\n" + kind + " " + year + " " + dossier + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        h.sdk.dossiers().storeDocument(feed, new DocumentUpload(id, DocumentId.of(kind.name() + "-" + year), kind,
                title(kind, year), kind.name().toLowerCase() + "_" + year + ".pdf", "application/pdf", year,
                LocalDate.of(year, 3, 16), () -> new ByteArrayInputStream(pdf)));
        return pdf;
    }

    static String title(DocumentKind kind, int year) {
        return kind == DocumentKind.TAX_CERTIFICATE ? "Certificazione Unica " + year : "Cedolino " + year;
    }

    @Override
    public void close() {
        h.close();
    }
}
