package dev.sportello.tck;

import dev.sportello.AuditEntry;
import dev.sportello.AuditVerification;
import dev.sportello.Credential;
import dev.sportello.ErrorCode;
import dev.sportello.Language;
import dev.sportello.PageRequest;
import dev.sportello.Principal;
import dev.sportello.SportelloException;
import dev.sportello.spi.AuditStore;
import dev.sportello.users.ContactKind;
import dev.sportello.users.UpdateProfile;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The tamper-evident audit trail (OWASP ASVS 16.4.2): the entries about one object are hash-chained and
 * the storage keeps each chain's head, so that an entry changed, forged or removed is found by
 * {@link dev.sportello.AuditTrail#verify}; concurrent transactions on one object never fork its chain.
 *
 * <p>Not thread-safe: JUnit creates one instance per test; the race starts its own threads.
 */
public abstract class AuditChainContract extends ScenarioContract {

    /**
     * Tampering with the storage behind the SDK's back; null if the adapter cannot (those tests are skipped).
     *
     * @param storage the storage of the test
     * @return the tampering, or null
     */
    protected AuditTampering auditTampering(dev.sportello.spi.UnitOfWork storage) {
        return null;
    }

    private UserProfile userWithHistory() {
        UserProfile user = h.citizen();
        h.verifiedContact(user, ContactKind.EMAIL, TestData.email());
        UserProfile reread = h.sdk.users().get(SdkHarness.as(user), user.id());
        h.sdk.users().update(SdkHarness.as(user), new UpdateProfile(user.id(), reread.version(), "Maria Bianchi",
                reread.municipality(), Language.EN));
        fails(() -> h.sdk.users().get(SdkHarness.as(h.citizen()), user.id()), ErrorCode.ACCESS_NOT_OWNER);
        return user;
    }

    private List<AuditEntry> trail(UserProfile user) {
        return h.sdk.audit().forSubject(SdkHarness.PORTAL, user.id(), PageRequest.first(100)).items();
    }

    private AuditVerification verify(UserProfile user) {
        return h.sdk.audit().verify(SdkHarness.PORTAL, user.id());
    }

    @Test
    @DisplayName("the SDK's commands and denials chain every entry of an object, from the first to the head")
    void commandsAndDenialsChainEveryEntry() {
        UserProfile user = userWithHistory();
        List<AuditEntry> trail = trail(user);
        assertThat(trail).hasSizeGreaterThanOrEqualTo(3)
                .anySatisfy(e -> assertThat(e.outcome()).isEqualTo(AuditEntry.Outcome.DENIED))
                .allSatisfy(e -> {
                    assertThat(e.hash()).hasSize(64).isEqualTo(e.chainHash(e.previousHash()));
                    assertThat(e.previousHash()).isNotNull();
                });
        assertThat(trail).filteredOn(e -> e.previousHash().isEmpty()).hasSize(1);
        assertThat(trail.stream().map(AuditEntry::previousHash).distinct()).hasSize(trail.size());
        AuditVerification verdict = verify(user);
        assertThat(verdict.intact()).as(verdict.toString()).isTrue();
        assertThat(verdict.entries()).isEqualTo(trail.size());
    }

    @Test
    @DisplayName("commands and denials racing on one object never chain two entries to the same predecessor")
    void racingTransactionsNeverForkAChain() throws Exception {
        UserProfile user = h.citizen();
        UserProfile stranger = h.citizen();
        int before = trail(user).size();
        int attempts = 12;
        List<Throwable> unexpected = new ArrayList<>();
        Races.run(attempts, i -> {
            try {
                if (i % 3 == 0) {
                    UserProfile read = h.sdk.users().get(SdkHarness.as(user), user.id());
                    h.sdk.users().update(SdkHarness.as(user), new UpdateProfile(user.id(), read.version(),
                            "Maria Rossi " + i, read.municipality(), Language.IT));
                } else {
                    h.sdk.users().get(SdkHarness.as(stranger), user.id());
                }
            } catch (SportelloException e) {
                if (e.code() != ErrorCode.ACCESS_NOT_OWNER && e.code() != ErrorCode.CONCURRENT_MODIFICATION) {
                    synchronized (unexpected) {
                        unexpected.add(e);
                    }
                }
            }
        });
        assertThat(unexpected).isEmpty();
        List<AuditEntry> trail = trail(user);
        assertThat(trail.size() - before).isGreaterThanOrEqualTo(attempts * 2 / 3);
        AuditVerification verdict = verify(user);
        assertThat(verdict.intact()).as(verdict.toString()).isTrue();
        assertThat(verdict.entries()).isEqualTo(trail.size());
    }

    @Test
    @DisplayName("an entry forged through the SPI, chained into the middle or not chained at all, is found")
    void aForgedEntryIsFound() {
        UserProfile user = userWithHistory();
        AuditEntry first = trail(user).stream().filter(e -> e.previousHash().isEmpty()).findFirst().orElseThrow();
        AuditEntry forged = first.toBuilder().id(UUID.randomUUID().toString()).action("ERASE_USER").build()
                .chainedAfter(first.hash());
        tx(stores -> {
            stores.get(AuditStore.class).appendAll(List.of(forged));
            return null;
        });
        AuditVerification verdict = verify(user);
        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.reason()).contains("inserted");

        UserProfile other = userWithHistory();
        AuditEntry loose = trail(other).get(0).toBuilder().id(UUID.randomUUID().toString()).previousHash(null).hash(null)
                .build();
        tx(stores -> {
            stores.get(AuditStore.class).appendAll(List.of(loose));
            return null;
        });
        assertThat(verify(other).reason()).contains("unchained");
        assertThat(verify(other).brokenAt()).contains(loose.id());
    }

    @Test
    @DisplayName("a head that is not the last entry (the last entries were cut off) is found")
    void aCutOffTailIsFound() {
        UserProfile user = userWithHistory();
        tx(stores -> {
            stores.get(AuditStore.class).lockHead(user.id().auditType(), user.id().auditId());
            stores.get(AuditStore.class).moveHead(user.id().auditType(), user.id().auditId(), "0".repeat(64));
            return null;
        });
        AuditVerification verdict = verify(user);
        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.reason()).contains("removed");
    }

    @Test
    @DisplayName("an entry rewritten in the storage is found")
    void aRewrittenEntryIsFound() {
        AuditTampering tampering = auditTampering(storage);
        assumeTrue(tampering != null, "the adapter offers no tampering");
        UserProfile user = userWithHistory();
        AuditEntry victim = trail(user).get(1);
        tampering.changeAction(victim.id(), "NOTHING_HAPPENED");
        AuditVerification verdict = verify(user);
        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.brokenAt()).contains(victim.id());
        assertThat(verdict.reason()).contains("changed");
    }

    @Test
    @DisplayName("an entry deleted from the storage, in the middle or at the end, is found")
    void aDeletedEntryIsFound() {
        AuditTampering tampering = auditTampering(storage);
        assumeTrue(tampering != null, "the adapter offers no tampering");
        UserProfile user = userWithHistory();
        List<AuditEntry> trail = trail(user);
        AuditEntry middle = trail.stream().filter(e -> !e.previousHash().isEmpty()).findFirst().orElseThrow();
        tampering.delete(middle.id());
        assertThat(verify(user).reason()).contains("removed");

        UserProfile other = userWithHistory();
        AuditEntry last = lastOf(trail(other));
        tampering.delete(last.id());
        AuditVerification verdict = verify(other);
        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.reason()).contains("removed");
    }

    @Test
    @DisplayName("only a service or a supervisor may verify a chain")
    void onlyServicesAndSupervisorsMayVerify() {
        UserProfile user = h.citizen();
        Principal citizen = Principal.user(user.id(), Credential.SPID_L2);
        fails(() -> h.sdk.audit().verify(citizen, user.id()), ErrorCode.ACCESS_ROLE_REQUIRED);
        fails(() -> h.sdk.audit().verify(SdkHarness.PORTAL, null), ErrorCode.VALIDATION_FAILED);
        assertThat(h.sdk.audit().verify(SdkHarness.PORTAL, h.citizen().id()).intact()).isTrue();
    }

    private static AuditEntry lastOf(List<AuditEntry> trail) {
        return trail.stream().filter(e -> trail.stream().noneMatch(o -> e.hash().equals(o.previousHash())))
                .findFirst().orElseThrow();
    }
}
