package dev.sportello.core.internal.authz;

import dev.sportello.PageRequest;
import dev.sportello.UserId;
import dev.sportello.core.FragileUserSettings;
import dev.sportello.core.internal.entrypoints.Samples;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.core.internal.testing.TestOffices;
import dev.sportello.dossiers.DocumentKind;
import dev.sportello.fragile.Callback;
import dev.sportello.fragile.CallbackId;
import dev.sportello.fragile.CallbackQuery;
import dev.sportello.fragile.CompleteCallback;
import dev.sportello.fragile.ContactChannel;
import dev.sportello.fragile.ContactOutcome;
import dev.sportello.fragile.EnrolFragileUser;
import dev.sportello.fragile.Enrolment;
import dev.sportello.fragile.IdentifyCaller;
import dev.sportello.fragile.LeaveVoicemail;
import dev.sportello.fragile.RecordContact;
import dev.sportello.fragile.ReissuePersonalCode;
import dev.sportello.fragile.RequestDocumentByPost;
import dev.sportello.fragile.RevokePersonalCode;
import dev.sportello.users.EmailAddress;
import dev.sportello.users.PhoneNumber;
import dev.sportello.users.PostalAddress;
import dev.sportello.users.TaxCode;
import dev.sportello.users.UserProfile;

import java.net.URI;
import java.util.UUID;

/**
 * The fragile-users channel's objects of the matrix's citizen owner (R-USR-5): the owner is deaf, enrolled, and left
 * a voicemail whose callback waits at Roma; and the commands aimed at them. A company is never enrolled (no ground
 * applies): its calls are denied before any of its objects would be read.
 *
 * @param enrolment the owner's enrolment
 * @param callback  the owner's callback, open
 */
record MatrixFragile(Enrolment enrolment, Callback callback) {
    private static final PostalAddress RESIDENCE = new PostalAddress("Via Tiburtina 1234", "00131", "Roma", "RM");

    /** The letters' contacts (without them no enrolment), and a cheap hash for the matrix's many worlds. */
    static void settings(FragileUserSettings.Builder f) {
        f.phoneLine("800 123 456").portal(URI.create("https://servizi.example.it/fragili"))
                .mailbox(new EmailAddress("canale.fragili@example.it")).codeHashIterations(10_000);
    }

    /**
     * Enrols the owner (recorded as deaf) and leaves a voicemail for them, as the portal.
     *
     * @param h     the world's fixture
     * @param owner the citizen owner
     * @return the objects
     */
    static MatrixFragile of(CoreFixture h, UserProfile owner) {
        h.deaf(owner);
        Enrolment enrolment = h.sdk.fragileUsers().enrol(CoreFixture.PORTAL, new EnrolFragileUser(owner.id(), RESIDENCE));
        Callback callback = h.sdk.fragileUsers().leaveVoicemail(CoreFixture.PORTAL, new LeaveVoicemail(owner.id(),
                h.clock.instant(), new PhoneNumber("+390612345678")));
        return new MatrixFragile(enrolment, callback);
    }

    /**
     * The channel's commands, aimed at the party's objects (a company has none: fresh ids, version 0).
     *
     * @param s        the samples to complete
     * @param h        the world's fixture
     * @param party    the party
     * @param fragile  the owner's objects, or null for a company
     * @param skew     added to versions (a cell that must be denied carries wrong ones)
     */
    static void samples(Samples s, CoreFixture h, UserProfile party, MatrixFragile fragile, long skew) {
        UserId id = party.id();
        long enrolmentVersion = fragile == null ? 0 : fragile.enrolment().version();
        CallbackId callback = fragile == null ? new CallbackId(UUID.randomUUID()) : fragile.callback().id();
        long callbackVersion = fragile == null ? 0 : fragile.callback().version();
        TaxCode taxCode = party.fiscalCode() instanceof TaxCode t ? t : h.data.adultTaxCode();
        s.with(EnrolFragileUser.class, new EnrolFragileUser(id, RESIDENCE))
                .with(ReissuePersonalCode.class, new ReissuePersonalCode(id, enrolmentVersion + skew))
                .with(RevokePersonalCode.class, new RevokePersonalCode(id, enrolmentVersion + skew))
                .with(IdentifyCaller.class, new IdentifyCaller(taxCode, "ACDEF-HJKMN"))
                .with(RecordContact.class, new RecordContact(id, ContactChannel.PHONE_CALL, ContactOutcome.INFORMATION_GIVEN))
                .with(LeaveVoicemail.class, new LeaveVoicemail(id, h.clock.instant(), new PhoneNumber("+390612345678")))
                .with(CallbackQuery.class, new CallbackQuery(TestOffices.ROMA, PageRequest.first(20)))
                .with(CompleteCallback.class, new CompleteCallback(callback, ContactOutcome.INFORMATION_GIVEN,
                        callbackVersion + skew))
                .with(RequestDocumentByPost.class, new RequestDocumentByPost(id, DocumentKind.TAX_CERTIFICATE, null));
    }
}
