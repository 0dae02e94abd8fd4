package dev.sportello.tck;

import dev.sportello.spi.Stores;
import dev.sportello.AuditEntry;
import dev.sportello.Language;
import dev.sportello.PageRequest;
import dev.sportello.spi.OutboxStatus;
import dev.sportello.users.AddContact;
import dev.sportello.users.ContactKind;
import dev.sportello.users.MunicipalityCode;
import dev.sportello.users.RegisterCitizen;
import dev.sportello.users.TaxCode;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every command is atomic: its state, audit entry, events and outbox entries are written together or
 * not at all. Shown by failing each write of a command in turn.
 */
public abstract class AtomicityContract extends StorageContract {
    private FailingStorage failing;
    private SdkHarness harness;

    @BeforeEach
    void wrap() {
        failing = new FailingStorage(storage);
        harness = new SdkHarness(failing);
    }

    @AfterEach
    void close() {
        harness.close();
    }

    private int pendingOutbox() {
        return tx(s -> s.outbox().list(OutboxStatus.PENDING, PageRequest.first(200))).items().size();
    }

    @Test
    void aRegistrationThatFailsAtAnyWriteLeavesNothing() {
        failing.failAtWrite(0);
        harness.citizen();
        int writes = failing.writes();
        assertThat(writes).as("a registration writes the user, its audit entry and its event").isGreaterThanOrEqualTo(3);
        int outboxBefore = pendingOutbox();
        for (int n = 1; n <= writes; n++) {
            TaxCode code = TestData.adultTaxCode();
            failing.failAtWrite(n);
            assertThatThrownBy(() -> harness.sdk.users().register(SdkHarness.PORTAL,
                    new RegisterCitizen(code, "Giulia Verdi", new MunicipalityCode("H501"), Language.IT)))
                    .isInstanceOf(FailingStorage.InjectedFailure.class);
            assertThat(tx((Stores s) -> s.users().findByFiscalCode(code))).as("user after failing write %d", n).isEmpty();
            assertThat(pendingOutbox()).as("outbox after failing write %d", n).isEqualTo(outboxBefore);
        }
    }

    @Test
    void addingAContactThatFailsAtAnyWriteLeavesNothing() {
        failing.failAtWrite(0);
        UserProfile user = harness.citizen();
        failing.failAtWrite(0);
        harness.sdk.users().addContact(SdkHarness.as(user), new AddContact(user.id(), ContactKind.MOBILE, TestData.mobileAsTyped()));
        int writes = failing.writes();
        assertThat(writes).as("user, message, outbox (message and event), audit").isGreaterThanOrEqualTo(4);
        UserProfile other = harness.citizen();
        int outboxBefore = pendingOutbox();
        List<AuditEntry> auditBefore = tx(s -> s.audit().forObject("user", other.id().toString(), PageRequest.first(50))).items();
        for (int n = 1; n <= writes; n++) {
            failing.failAtWrite(n);
            assertThatThrownBy(() -> harness.sdk.users().addContact(SdkHarness.as(other),
                    new AddContact(other.id(), ContactKind.MOBILE, TestData.mobileAsTyped())))
                    .isInstanceOf(FailingStorage.InjectedFailure.class);
            failing.failAtWrite(0);
            assertThat(tx((Stores s) -> s.users().find(other.id())).orElseThrow().contacts()).as("contacts after write %d", n).isEmpty();
            assertThat(tx((Stores s) -> s.messages().forRecipient(other.id(), PageRequest.first(10))).items()).isEmpty();
            assertThat(pendingOutbox()).isEqualTo(outboxBefore);
            assertThat(tx((Stores s) -> s.audit().forObject("user", other.id().toString(), PageRequest.first(50))).items())
                    .isEqualTo(auditBefore);
        }
        failing.failAtWrite(0);
        harness.sdk.users().addContact(SdkHarness.as(other), new AddContact(other.id(), ContactKind.MOBILE, TestData.mobileAsTyped()));
        assertThat(tx((Stores s) -> s.users().find(other.id())).orElseThrow().contacts()).hasSize(1);
    }
}
