package dev.sportello.tck;

import dev.sportello.ConflictException;
import dev.sportello.InvalidInputException;
import dev.sportello.OperatorId;
import dev.sportello.Page;
import dev.sportello.PageRequest;
import dev.sportello.ServiceId;
import dev.sportello.UserId;
import dev.sportello.dossiers.DocumentId;
import dev.sportello.dossiers.DocumentKind;
import dev.sportello.dossiers.DossierId;
import dev.sportello.fragile.CallbackId;
import dev.sportello.fragile.CallbackStatus;
import dev.sportello.fragile.ChannelContact;
import dev.sportello.fragile.ChannelContactId;
import dev.sportello.fragile.ContactChannel;
import dev.sportello.fragile.ContactOutcome;
import dev.sportello.fragile.LetterId;
import dev.sportello.fragile.LetterPurpose;
import dev.sportello.fragile.LetterStatus;
import dev.sportello.fragile.PersonalCodeStatus;
import dev.sportello.fragile.spi.CallbackRecord;
import dev.sportello.fragile.spi.EnrolmentRecord;
import dev.sportello.fragile.spi.FragileStore;
import dev.sportello.fragile.spi.LetterRecord;
import dev.sportello.offices.OfficeCode;
import dev.sportello.offices.Skill;
import dev.sportello.spi.Stores;
import dev.sportello.users.FragileGround;
import dev.sportello.users.PhoneNumber;
import dev.sportello.users.PostalAddress;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Contract of the fragile-users channel's store (R-USR-5): round trips of enrolments, letters, contacts and
 * callbacks with every field (an address in Unicode, sets of grounds and skills); one enrolment per user;
 * stale versions refused; letters and contacts latest first; the callbacks' queue by office, status, due time
 * and the operator's skills, with keyset paging and forged cursors refused; rollback.
 *
 * <p>Not thread-safe: JUnit creates one instance per test.
 */
public abstract class FragileStoreContract extends StorageContract {
    private static final Instant T0 = Instant.parse("2026-11-23T21:00:00.123456Z");
    private static final OfficeCode ROMA = new OfficeCode("ROMA-TIBURTINO");
    private static final OfficeCode CAGLIARI = new OfficeCode("CAGLIARI");
    private static final PostalAddress HOME = new PostalAddress("Via dell'Università 7, int. 3 — “Villa Ciò”", "00185",
            "Roma", "RM");

    private static EnrolmentRecord.Builder enrolment(UserId user) {
        return EnrolmentRecord.builder().user(user).office(ROMA)
                .grounds(EnumSet.of(FragileGround.DEAF, FragileGround.CIVILLY_BLIND)).residence(HOME)
                .codeHash("pbkdf2-sha256$600000$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g")
                .codeStatus(PersonalCodeStatus.ACTIVE).failedAttempts(0).codeIssuedAt(T0)
                .codeLetter(new LetterId(UUID.randomUUID())).enrolledAt(T0)
                .enrolledBy(new OperatorId(UUID.randomUUID())).version(0);
    }

    private static LetterRecord.Builder letter(UserId user, Instant at) {
        return LetterRecord.builder().id(new LetterId(UUID.randomUUID())).user(user).purpose(LetterPurpose.DOCUMENT)
                .dossier(DossierId.of("PEN-2026/001")).document(DocumentId.of("CU-2026")).documentKind(DocumentKind.TAX_CERTIFICATE)
                .documentYear(2026).status(LetterStatus.QUEUED).requestedAt(at).requestedBy(user).version(0);
    }

    private static CallbackRecord.Builder callback(OfficeCode office, Instant due, Set<Skill> skills) {
        return CallbackRecord.builder().id(new CallbackId(UUID.randomUUID())).user(new UserId(UUID.randomUUID()))
                .office(office).skills(skills).number(new PhoneNumber("+390612345678")).leftAt(due.minusSeconds(3600))
                .dueAt(due).status(CallbackStatus.OPEN).version(0);
    }

    private static FragileStore store(Stores s) {
        return s.get(FragileStore.class);
    }

    @Test
    void anEnrolmentRoundTripsAndIsOnePerUser() {
        UserId user = new UserId(UUID.randomUUID());
        EnrolmentRecord record = enrolment(user).build();
        tx((Stores s) -> { store(s).insertEnrolment(record); return null; });
        assertThat(tx((Stores s) -> store(s).findEnrolment(user))).contains(record);
        assertThat(tx((Stores s) -> store(s).findEnrolment(new UserId(UUID.randomUUID())))).isEmpty();
        assertThatThrownBy(() -> tx((Stores s) -> { store(s).insertEnrolment(enrolment(user).office(CAGLIARI).build()); return null; }))
                .isInstanceOf(ConflictException.class);
        assertThat(tx((Stores s) -> store(s).findEnrolment(user))).contains(record);
    }

    @Test
    void anEnrolmentChangesOnlyFromTheVersionRead() {
        UserId user = new UserId(UUID.randomUUID());
        EnrolmentRecord v0 = enrolment(user).build();
        tx((Stores s) -> { store(s).insertEnrolment(v0); return null; });
        EnrolmentRecord v1 = v0.toBuilder().codeStatus(PersonalCodeStatus.LOCKED).failedAttempts(5)
                .codeHash("pbkdf2-sha256$10000$bmV3$bmV3").codeIssuedAt(T0.plusSeconds(60))
                .codeLetter(new LetterId(UUID.randomUUID())).version(1).build();
        tx((Stores s) -> { store(s).updateEnrolment(v1, 0); return null; });
        assertThat(tx((Stores s) -> store(s).findEnrolment(user))).contains(v1);
        assertThatThrownBy(() -> tx((Stores s) -> { store(s).updateEnrolment(v1.toBuilder().version(1).build(), 0); return null; }))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> tx((Stores s) -> { store(s).updateEnrolment(enrolment(new UserId(UUID.randomUUID())).version(1)
                .build(), 0); return null; })).isInstanceOf(ConflictException.class);
    }

    @Test
    void lettersRoundTripLatestFirstAndChangeFromTheVersionRead() {
        UserId user = new UserId(UUID.randomUUID());
        LetterRecord older = letter(user, T0).build();
        LetterRecord code = LetterRecord.builder().id(new LetterId(UUID.randomUUID())).user(user)
                .purpose(LetterPurpose.PERSONAL_CODE).status(LetterStatus.QUEUED).requestedAt(T0.plusSeconds(5))
                .requestedBy(new ServiceId("portal")).version(0).build();
        tx((Stores s) -> { store(s).insertLetter(older); store(s).insertLetter(code); store(s).insertLetter(letter(
                new UserId(UUID.randomUUID()), T0).build()); return null; });
        assertThat(tx((Stores s) -> store(s).lettersOf(user))).containsExactly(code, older);
        LetterRecord posted = older.toBuilder().status(LetterStatus.POSTED).reference("RACC-0001 ÀÉ").postedAt(T0.plusSeconds(60))
                .version(1).build();
        tx((Stores s) -> { store(s).updateLetter(posted, 0); return null; });
        assertThat(tx((Stores s) -> store(s).findLetter(older.id()))).contains(posted);
        LetterRecord refused = code.toBuilder().status(LetterStatus.REFUSED).refusal("address not served")
                .postedAt(T0.plusSeconds(61)).version(1).build();
        tx((Stores s) -> { store(s).updateLetter(refused, 0); return null; });
        assertThat(tx((Stores s) -> store(s).findLetter(code.id()))).contains(refused);
        assertThatThrownBy(() -> tx((Stores s) -> { store(s).updateLetter(posted.toBuilder().version(1).build(), 0); return null; }))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> tx((Stores s) -> { store(s).insertLetter(older); return null; })).isInstanceOf(ConflictException.class);
        assertThat(tx((Stores s) -> store(s).findLetter(new LetterId(UUID.randomUUID())))).isEmpty();
    }

    @Test
    void contactsAppendAndReadLatestFirst() {
        UserId user = new UserId(UUID.randomUUID());
        List<ChannelContact> contacts = new ArrayList<>();
        ContactChannel[] channels = ContactChannel.values();
        for (int i = 0; i < channels.length; i++) {
            contacts.add(new ChannelContact(new ChannelContactId(UUID.randomUUID()), user, channels[i],
                    ContactOutcome.values()[i], T0.plusSeconds(i), i % 2 == 0 ? new OperatorId(UUID.randomUUID())
                    : new ServiceId("phone-system")));
        }
        tx((Stores s) -> { contacts.forEach(store(s)::addContact); return null; });
        List<ChannelContact> latestFirst = new ArrayList<>(contacts);
        java.util.Collections.reverse(latestFirst);
        assertThat(tx((Stores s) -> store(s).contactsOf(user))).containsExactlyElementsOf(latestFirst);
        assertThatThrownBy(() -> tx((Stores s) -> { store(s).addContact(contacts.get(0)); return null; }))
                .isInstanceOf(ConflictException.class);
        assertThat(tx((Stores s) -> store(s).contactsOf(new UserId(UUID.randomUUID())))).isEmpty();
    }

    @Test
    void callbacksRoundTripAndCompleteFromTheVersionRead() {
        CallbackRecord open = callback(ROMA, T0, EnumSet.of(Skill.FRAGILE_CHANNEL, Skill.SIGN_LANGUAGE)).build();
        tx((Stores s) -> { store(s).insertCallback(open); return null; });
        assertThat(tx((Stores s) -> store(s).findCallback(open.id()))).contains(open);
        CallbackRecord done = open.toBuilder().status(CallbackStatus.DONE).outcome(ContactOutcome.APPOINTMENT_BOOKED)
                .completedBy(new OperatorId(UUID.randomUUID())).completedAt(T0.plusSeconds(600)).version(1).build();
        tx((Stores s) -> { store(s).updateCallback(done, 0); return null; });
        assertThat(tx((Stores s) -> store(s).findCallback(open.id()))).contains(done);
        assertThatThrownBy(() -> tx((Stores s) -> { store(s).updateCallback(done.toBuilder().version(2).build(), 0); return null; }))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> tx((Stores s) -> { store(s).insertCallback(open); return null; })).isInstanceOf(ConflictException.class);
    }

    @Test
    void theQueueHoldsTheOfficesOpenCallbacksDueByNowThatTheSkillsCover() {
        Set<Skill> channel = EnumSet.of(Skill.FRAGILE_CHANNEL);
        Set<Skill> signing = EnumSet.of(Skill.FRAGILE_CHANNEL, Skill.SIGN_LANGUAGE);
        CallbackRecord plain = callback(ROMA, T0, channel).build();
        CallbackRecord deaf = callback(ROMA, T0.plusSeconds(1), signing).build();
        CallbackRecord later = callback(ROMA, T0.plusSeconds(7200), channel).build();
        CallbackRecord elsewhere = callback(CAGLIARI, T0, channel).build();
        CallbackRecord done = callback(ROMA, T0, channel).status(CallbackStatus.DONE).outcome(ContactOutcome.OTHER).build();
        tx((Stores s) -> { List.of(plain, deaf, later, elsewhere, done).forEach(store(s)::insertCallback); return null; });
        Instant now = T0.plusSeconds(3600);
        assertThat(tx((Stores s) -> store(s).openCallbacks(ROMA, channel, now, PageRequest.first(10))).items())
                .containsExactly(plain);
        assertThat(tx((Stores s) -> store(s).openCallbacks(ROMA, signing, now, PageRequest.first(10))).items())
                .containsExactly(plain, deaf);
        assertThat(tx((Stores s) -> store(s).openCallbacks(ROMA, EnumSet.of(Skill.SIGN_LANGUAGE), now, PageRequest.first(10)))
                .items()).isEmpty();
        assertThat(tx((Stores s) -> store(s).openCallbacks(ROMA, signing, T0.plusSeconds(7200), PageRequest.first(10))).items())
                .containsExactly(plain, deaf, later);
    }

    @Test
    void theQueuePagesOnTheDueTimeAndRefusesForgedCursors() {
        List<CallbackRecord> all = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            all.add(callback(ROMA, T0.plusSeconds(i / 2), EnumSet.of(Skill.FRAGILE_CHANNEL)).build());
        }
        tx((Stores s) -> { all.forEach(store(s)::insertCallback); return null; });
        List<CallbackRecord> seen = new ArrayList<>();
        PageRequest request = PageRequest.first(3);
        while (request != null) {
            PageRequest current = request;
            Page<CallbackRecord> page = tx((Stores s) -> store(s).openCallbacks(ROMA, EnumSet.allOf(Skill.class),
                    T0.plusSeconds(60), current));
            seen.addAll(page.items());
            request = request.after(page);
        }
        assertThat(seen).hasSize(7).isSortedAccordingTo(java.util.Comparator.comparing(CallbackRecord::dueAt)
                .thenComparing(c -> c.id().toString())).containsExactlyInAnyOrderElementsOf(all);
        for (String forged : List.of("x", "12_" + UUID.randomUUID() + "x", "99999999999999999999_" + UUID.randomUUID(),
                "-9223372036854775808_" + UUID.randomUUID(), "1_'; DROP TABLE x; --")) {
            assertThatThrownBy(() -> tx((Stores s) -> store(s).openCallbacks(ROMA, Set.of(), T0, new PageRequest(3, forged))))
                    .as(forged).isInstanceOf(InvalidInputException.class);
        }
    }

    @Test
    void nothingRemainsOfARolledBackTransaction() {
        UserId user = new UserId(UUID.randomUUID());
        CallbackRecord callback = callback(ROMA, T0, EnumSet.of(Skill.FRAGILE_CHANNEL)).build();
        LetterRecord letter = letter(user, T0).build();
        assertThatThrownBy(() -> tx((Stores s) -> {
            store(s).insertEnrolment(enrolment(user).build());
            store(s).insertLetter(letter);
            store(s).addContact(new ChannelContact(new ChannelContactId(UUID.randomUUID()), user, ContactChannel.VOICEMAIL,
                    ContactOutcome.CALLBACK_QUEUED, T0, new ServiceId("phone-system")));
            store(s).insertCallback(callback);
            throw new IllegalStateException("the command failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(tx((Stores s) -> store(s).findEnrolment(user))).isEmpty();
        assertThat(tx((Stores s) -> store(s).findLetter(letter.id()))).isEmpty();
        assertThat(tx((Stores s) -> store(s).contactsOf(user))).isEmpty();
        assertThat(tx((Stores s) -> store(s).findCallback(callback.id()))).isEmpty();
    }
}
