package dev.sportello.tck;

import dev.sportello.ConflictException;
import dev.sportello.ErrorCode;
import dev.sportello.Language;
import dev.sportello.NotFoundException;
import dev.sportello.UserId;
import dev.sportello.spi.Stores;
import dev.sportello.users.ContactId;
import dev.sportello.users.ContactKind;
import dev.sportello.users.MunicipalityCode;
import dev.sportello.users.TaxCode;
import dev.sportello.users.UserKind;
import dev.sportello.users.spi.ContactRecord;
import dev.sportello.users.spi.UserRecord;
import dev.sportello.users.spi.UserStore;
import dev.sportello.users.spi.Verification;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Contract of {@link dev.sportello.users.spi.UserStore}.
 *
 * <p>Not thread-safe: JUnit creates one instance per test; the tests start their own threads where they race.
 */
public abstract class UserStoreContract extends StorageContract {
    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00.123Z");

    static UserRecord citizen(Instant at) {
        UserId id = new UserId(UUID.randomUUID());
        ContactRecord mobile = new ContactRecord(new ContactId(UUID.randomUUID()), ContactKind.MOBILE, "+393471234567",
                at, null, at);
        ContactRecord email = new ContactRecord(new ContactId(UUID.randomUUID()), ContactKind.EMAIL, "a@example.it",
                null, new Verification("sha256$c2FsdA$aGFzaA", at.plusSeconds(600), 5), at);
        return UserRecord.builder().id(id).kind(UserKind.CITIZEN).fiscalCode(TestData.adultTaxCode()).name("Maria Rossi")
                .municipality(new MunicipalityCode("H501")).language(Language.IT).contacts(List.of(mobile, email))
                .version(0).createdAt(at).updatedAt(at).build();
    }

    static UserRecord company(Instant at) {
        return UserRecord.builder().id(new UserId(UUID.randomUUID())).kind(UserKind.COMPANY).fiscalCode(TestData.vatNumber())
                .name("Rossi S.r.l.").registrationNumber(TestData.registrationNumber())
                .municipality(new MunicipalityCode("058091")).language(Language.DE).version(0).createdAt(at).updatedAt(at)
                .build();
    }

    @Test
    void roundTripsAUserWithContactPoints() {
        UserRecord user = citizen(T0);
        tx(s -> {
            s.get(UserStore.class).insert(user);
            return null;
        });
        assertThat(tx((Stores s) -> s.get(UserStore.class).find(user.id()))).contains(user);
        assertThat(tx((Stores s) -> s.get(UserStore.class).findByFiscalCode(user.fiscalCode()))).contains(user);
    }

    @Test
    void findsCompaniesByRegistrationNumber() {
        UserRecord company = company(T0);
        tx(s -> {
            s.get(UserStore.class).insert(company);
            return null;
        });
        assertThat(tx((Stores s) -> s.get(UserStore.class).findByRegistrationNumber(company.registrationNumber()))).contains(company);
        assertThat(tx((Stores s) -> s.get(UserStore.class).findByRegistrationNumber(TestData.registrationNumber()))).isEmpty();
    }

    @Test
    void unknownUsersAreNotFound() {
        assertThat(tx((Stores s) -> s.get(UserStore.class).find(new UserId(UUID.randomUUID())))).isEmpty();
        assertThat(tx((Stores s) -> s.get(UserStore.class).findByFiscalCode(TestData.adultTaxCode()))).isEmpty();
    }

    @Test
    void anOmocodiaVariantIsTheSameFiscalCode() {
        UserRecord user = citizen(T0);
        tx(s -> {
            s.get(UserStore.class).insert(user);
            return null;
        });
        TaxCode variant = TestData.omocode((TaxCode) user.fiscalCode());
        assertThat(variant.value()).isNotEqualTo(user.fiscalCode().value());
        assertThat(tx((Stores s) -> s.get(UserStore.class).findByFiscalCode(variant))).as("found by its variant")
                .map(UserRecord::id).contains(user.id());
        UserRecord twin = user.toBuilder().id(new UserId(UUID.randomUUID())).fiscalCode(variant).contacts(List.of()).build();
        assertThatThrownBy(() -> tx(s -> {
            s.get(UserStore.class).insert(twin);
            return null;
        })).isInstanceOf(ConflictException.class);
        assertThat(tx((Stores s) -> s.get(UserStore.class).find(twin.id()))).isEmpty();
        assertThat(tx((Stores s) -> s.get(UserStore.class).find(user.id())).orElseThrow().fiscalCode())
                .as("kept as given").isEqualTo(user.fiscalCode());
    }

    @Test
    void aSecondUserWithTheSameFiscalCodeIsAConflict() {
        UserRecord user = citizen(T0);
        tx(s -> {
            s.get(UserStore.class).insert(user);
            return null;
        });
        UserRecord twin = user.toBuilder().id(new UserId(UUID.randomUUID())).name("Twin").contacts(List.of()).build();
        assertThatThrownBy(() -> tx(s -> {
            s.get(UserStore.class).insert(twin);
            return null;
        })).isInstanceOf(ConflictException.class);
        assertThat(tx((Stores s) -> s.get(UserStore.class).find(twin.id()))).isEmpty();
    }

    @Test
    void updatesReplaceContactsAndBumpTheVersion() {
        UserRecord user = citizen(T0);
        tx(s -> {
            s.get(UserStore.class).insert(user);
            return null;
        });
        ContactRecord added = new ContactRecord(new ContactId(UUID.randomUUID()), ContactKind.MOBILE, "+393331234567",
                null, null, T0.plusSeconds(5));
        UserRecord changed = user.toBuilder().name("Maria Bianchi").municipality(new MunicipalityCode("A952"))
                .language(Language.DE).contacts(List.of(user.contacts().get(0), added)).version(1)
                .updatedAt(T0.plusSeconds(5)).build();
        tx(s -> {
            s.get(UserStore.class).update(changed, 0);
            return null;
        });
        assertThat(tx((Stores s) -> s.get(UserStore.class).find(user.id()))).contains(changed);
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        UserRecord user = citizen(T0);
        tx(s -> {
            s.get(UserStore.class).insert(user);
            return null;
        });
        UserRecord first = withName(user, "First", 1);
        tx(s -> {
            s.get(UserStore.class).update(first, 0);
            return null;
        });
        assertThatThrownBy(() -> tx(s -> {
            s.get(UserStore.class).update(withName(user, "Second", 1), 0);
            return null;
        })).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.CONCURRENT_MODIFICATION));
        assertThat(tx((Stores s) -> s.get(UserStore.class).find(user.id())).orElseThrow().name()).isEqualTo("First");
    }

    @Test
    void updatingAnUnknownUserIsNotFound() {
        UserRecord ghost = citizen(T0);
        assertThatThrownBy(() -> tx(s -> {
            s.get(UserStore.class).update(withName(ghost, "x", 1), 0);
            return null;
        })).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aFailedTransactionLeavesNothing() {
        UserRecord user = citizen(T0);
        assertThatThrownBy(() -> tx(s -> {
            s.get(UserStore.class).insert(user);
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(tx((Stores s) -> s.get(UserStore.class).find(user.id()))).isEmpty();
        assertThat(tx((Stores s) -> s.get(UserStore.class).findByFiscalCode(user.fiscalCode()))).isEmpty();
    }

    @Test
    void concurrentWritersOfOneVersionCannotBothWin() throws Exception {
        UserRecord user = citizen(T0);
        tx(s -> {
            s.get(UserStore.class).insert(user);
            return null;
        });
        int threads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                String name = "Writer " + i;
                results.add(pool.submit(() -> {
                    try {
                        tx(s -> {
                            s.get(UserStore.class).update(withName(user, name, 1), 0);
                            return null;
                        });
                        return true;
                    } catch (ConflictException e) {
                        return false;
                    }
                }));
            }
            int winners = 0;
            for (Future<Boolean> result : results) {
                winners += result.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
            assertThat(tx((Stores s) -> s.get(UserStore.class).find(user.id())).orElseThrow().version()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private static UserRecord withName(UserRecord user, String name, long version) {
        return user.toBuilder().name(name).version(version).build();
    }
}
