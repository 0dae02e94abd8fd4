package dev.sportello.core.internal.users;

import dev.sportello.AuditEntry;
import dev.sportello.Channel;
import dev.sportello.DomainEvent;
import dev.sportello.ErrorCode;
import dev.sportello.EventType;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.users.ConsentChoice;
import dev.sportello.users.ContactKind;
import dev.sportello.users.ContactPoint;
import dev.sportello.users.RecordConsent;
import dev.sportello.users.ResendVerification;
import dev.sportello.users.UpdateProfile;
import dev.sportello.users.UserEvents;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.sportello.core.internal.testing.CoreFixture.BACK_OFFICE;
import static dev.sportello.core.internal.testing.CoreFixture.PORTAL;
import static dev.sportello.core.internal.testing.CoreFixture.as;
import static dev.sportello.core.internal.testing.CoreFixture.fails;
import static org.assertj.core.api.Assertions.assertThat;

/** R-DEL-5 and R-USR-3: each change to a user is audited and published; only a service looks a user up by code. */
class UserTrailRulesTest {
    private final CoreFixture h = new CoreFixture();

    @AfterEach
    void close() {
        h.close();
    }

    private List<String> actions(dev.sportello.AuditSubject subject) {
        return h.audit(subject).stream().map(AuditEntry::action).toList();
    }

    private List<DomainEvent> events(EventType type, UserProfile user) {
        h.sdk.dispatcher().drain(20);
        return h.channels.events().stream().filter(e -> e.type().equals(type) && e.subjectId().equals(user.id().toString()))
                .toList();
    }

    @Test
    @DisplayName("R-USR-2 looking a user up by tax code is for services: a citizen and an operator are refused")
    void onlyServicesLookUpByFiscalCode() {
        UserProfile maria = h.citizen();
        UserProfile other = h.citizen();
        assertThat(h.sdk.users().findByFiscalCode(PORTAL, maria.fiscalCode())).map(UserProfile::id).contains(maria.id());
        fails(() -> h.sdk.users().findByFiscalCode(as(other), maria.fiscalCode()), ErrorCode.ACCESS_ROLE_REQUIRED);
        fails(() -> h.sdk.users().findByFiscalCode(BACK_OFFICE, maria.fiscalCode()), ErrorCode.ACCESS_ROLE_REQUIRED);
    }

    @Test
    @DisplayName("R-USR-3 a consent choice is audited and published with its channel and choice")
    void aConsentIsAuditedAndPublished() {
        UserProfile maria = h.citizen();
        h.sdk.users().recordConsent(as(maria), new RecordConsent(maria.id(), Channel.SMS, ConsentChoice.PROACTIVE_OPT_IN));
        assertThat(actions(maria.id())).contains("CONSENT_RECORDED");
        assertThat(events(UserEvents.CONSENT_RECORDED, maria)).singleElement().satisfies(e -> assertThat(e.attributes())
                .containsEntry("channel", "SMS").containsEntry("choice", "PROACTIVE_OPT_IN"));
    }

    @Test
    @DisplayName("a profile change is audited and published")
    void anUpdateIsPublished() {
        UserProfile maria = h.citizen();
        h.sdk.users().update(as(maria), new UpdateProfile(maria.id(), maria.version(), "Maria Rossi Bianchi", null, null));
        assertThat(actions(maria.id())).contains("USER_UPDATED");
        assertThat(events(UserEvents.UPDATED, maria)).hasSize(1);
    }

    @Test
    @DisplayName("R-USR-3 a code sent again and a verified contact are audited on the contact, and the verification is published")
    void contactsLeaveATrail() {
        UserProfile maria = h.citizen();
        ContactPoint added = h.sdk.users().addContact(as(maria), new dev.sportello.users.AddContact(maria.id(),
                ContactKind.MOBILE, h.data.mobileAsTyped()));
        h.sdk.dispatcher().drain(10);   // the first code out before the second: a batch sends in parallel, in any order
        ContactPoint resent = h.sdk.users().resendVerification(as(maria), new ResendVerification(maria.id(), added.id()));
        assertThat(resent.id()).isEqualTo(added.id());
        assertThat(resent.verified()).isFalse();
        assertThat(actions(added.id())).contains("CONTACT_CODE_RESENT");
        h.sdk.dispatcher().drain(10);
        ContactPoint verified = h.sdk.users().verifyContact(as(maria), new dev.sportello.users.VerifyContact(maria.id(),
                added.id(), h.lastCode(added)));
        assertThat(verified.id()).isEqualTo(added.id());
        assertThat(verified.verified()).isTrue();
        assertThat(actions(added.id())).contains("CONTACT_VERIFIED");
        assertThat(events(UserEvents.CONTACT_VERIFIED, maria)).singleElement().satisfies(e -> assertThat(e.attributes())
                .containsEntry("contactId", added.id().toString()).containsEntry("kind", "MOBILE"));
    }
}
