package dev.sportello.core.internal.kernel;

import dev.sportello.AuditEntry;
import dev.sportello.AuditVerification;
import dev.sportello.ErrorCode;
import dev.sportello.InvalidInputException;
import dev.sportello.ServiceId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The audit hash chain (ASVS 16.4.2): what the verifier accepts and what it finds. */
class AuditChainsTest {
    private static final Instant AT = Instant.parse("2026-11-23T09:00:00.123456Z");

    private static AuditEntry entry(int n) {
        return AuditEntry.builder().id(String.format("00000000-0000-4000-8000-%012d", n)).at(AT.plusSeconds(n))
                .actor(new ServiceId("portal")).action("ACTION_" + n).objectType("user").objectId("u-1")
                .outcome(AuditEntry.Outcome.SUCCEEDED).build();
    }

    /** A chained stream of n entries, in chain order. */
    private static List<AuditEntry> chain(int n) {
        List<AuditEntry> chained = new ArrayList<>();
        String previous = "";
        for (int i = 0; i < n; i++) {
            AuditEntry e = entry(i).chainedAfter(previous);
            chained.add(e);
            previous = e.hash();
        }
        return chained;
    }

    private static Optional<String> headOf(List<AuditEntry> chained) {
        return Optional.of(chained.get(chained.size() - 1).hash());
    }

    @Test
    @DisplayName("an intact chain verifies in any order of reading")
    void anIntactChainVerifiesInAnyOrder() {
        List<AuditEntry> chained = chain(20);
        List<AuditEntry> shuffled = new ArrayList<>(chained);
        Collections.shuffle(shuffled, new Random(20261201));
        assertThat(AuditChains.verify(shuffled, headOf(chained))).isEqualTo(AuditVerification.intact(20));
        assertThat(AuditChains.verify(List.of(), Optional.empty()).intact()).isTrue();
    }

    @Test
    @DisplayName("every field and the predecessor enter the hash")
    void everyFieldEntersTheHash() {
        AuditEntry e = entry(1);
        String hash = e.chainHash("");
        assertThat(hash).hasSize(64).matches("[0-9a-f]+");
        assertThat(List.of(e.chainHash("x"), e.toBuilder().id("other").build().chainHash(""),
                e.toBuilder().at(AT.plusNanos(1000)).build().chainHash(""),
                e.toBuilder().actor(new ServiceId("other")).build().chainHash(""),
                e.toBuilder().action("OTHER").build().chainHash(""),
                e.toBuilder().objectType("request").build().chainHash(""),
                e.toBuilder().objectId("u-2").build().chainHash(""),
                e.toBuilder().outcome(AuditEntry.Outcome.DENIED).build().chainHash(""),
                e.toBuilder().errorCode(ErrorCode.ACCESS_NOT_OWNER).build().chainHash("")))
                .doesNotContain(hash).doesNotHaveDuplicates();
        assertThatThrownBy(() -> e.chainHash(null)).isInstanceOfSatisfying(InvalidInputException.class,
                x -> assertThat(x.code()).isEqualTo(ErrorCode.VALUE_REQUIRED));
    }

    @Test
    @DisplayName("a changed field is found at the entry")
    void aChangedFieldIsFound() {
        List<AuditEntry> chained = new ArrayList<>(chain(5));
        AuditEntry victim = chained.get(2);
        chained.set(2, victim.toBuilder().action("NOTHING").build());
        AuditVerification verdict = AuditChains.verify(chained, headOf(chained));
        assertThat(verdict).isEqualTo(AuditVerification.broken(5, victim.id(), "changed"));
    }

    @Test
    @DisplayName("an entry rehashed after a change breaks its successor's link")
    void aRehashedEntryBreaksTheNextLink() {
        List<AuditEntry> chained = new ArrayList<>(chain(5));
        AuditEntry forged = chained.get(2).toBuilder().action("NOTHING").build().chainedAfter(chained.get(1).hash());
        chained.set(2, forged);
        AuditVerification verdict = AuditChains.verify(chained, headOf(chain(5)));
        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.brokenAt()).contains(chained.get(3).id());
        assertThat(verdict.reason()).contains("removed");
    }

    @Test
    @DisplayName("an entry forked off the chain is named as inserted, whichever order it is read in")
    void aForkIsFound() {
        List<AuditEntry> chained = chain(5);
        AuditEntry forged = entry(99).chainedAfter(chained.get(1).hash());
        for (List<AuditEntry> read : List.of(with(chained, forged), with(List.of(forged), chained))) {
            assertThat(AuditChains.verify(read, headOf(chained)))
                    .isEqualTo(AuditVerification.broken(6, forged.id(), "inserted"));
        }
    }

    @Test
    @DisplayName("a removed entry, first, middle or last, is found")
    void aRemovedEntryIsFound() {
        List<AuditEntry> chained = chain(5);
        for (int gone = 0; gone < 5; gone++) {
            List<AuditEntry> read = new ArrayList<>(chained);
            read.remove(gone);
            AuditVerification verdict = AuditChains.verify(read, headOf(chained));
            assertThat(verdict.intact()).as("entry %d removed", gone).isFalse();
            assertThat(verdict.reason()).as("entry %d removed", gone).contains("removed");
        }
        assertThat(AuditChains.verify(List.of(), headOf(chained)).reason()).contains("removed");
    }

    @Test
    @DisplayName("an entry without hashes, or a stream without a head, is not intact")
    void unchainedEntriesAreNotIntact() {
        List<AuditEntry> chained = chain(3);
        AuditEntry loose = entry(7);
        assertThat(AuditChains.verify(with(chained, loose), headOf(chained)))
                .isEqualTo(AuditVerification.broken(4, loose.id(), "unchained"));
        assertThat(AuditChains.verify(chained, Optional.empty()).intact()).isFalse();
    }

    @Test
    @DisplayName("chaining keeps the order of the entries within a stream and chains each stream on its own")
    void chainingKeepsOrderPerStream() {
        AuditEntry a1 = entry(1);
        AuditEntry b1 = entry(2).toBuilder().objectId("u-2").build();
        AuditEntry a2 = entry(3);
        java.util.Map<String, String> heads = new java.util.HashMap<>();
        heads.put("user|u-1", chain(1).get(0).hash());
        List<AuditEntry> out = AuditChains.chain(new HeadsOnly(heads), List.of(a1, b1, a2));
        assertThat(out).extracting(AuditEntry::id).containsExactly(a1.id(), b1.id(), a2.id());
        assertThat(out.get(0).previousHash()).isEqualTo(chain(1).get(0).hash());
        assertThat(out.get(2).previousHash()).isEqualTo(out.get(0).hash());
        assertThat(out.get(1).previousHash()).isEmpty();
        assertThat(heads).containsEntry("user|u-1", out.get(2).hash()).containsEntry("user|u-2", out.get(1).hash());
    }

    private static List<AuditEntry> with(List<AuditEntry> first, AuditEntry... more) {
        List<AuditEntry> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
    }

    private static List<AuditEntry> with(List<AuditEntry> first, List<AuditEntry> more) {
        List<AuditEntry> all = new ArrayList<>(first);
        all.addAll(more);
        return all;
    }

    /** An audit store that keeps heads only. */
    private record HeadsOnly(java.util.Map<String, String> heads) implements dev.sportello.spi.AuditStore {
        @Override
        public String lockHead(String objectType, String objectId) {
            return heads.getOrDefault(objectType + "|" + objectId, "");
        }

        @Override
        public void moveHead(String objectType, String objectId, String hash) {
            heads.put(objectType + "|" + objectId, hash);
        }

        @Override
        public Optional<String> findHead(String objectType, String objectId) {
            return Optional.ofNullable(heads.get(objectType + "|" + objectId));
        }

        @Override
        public void appendAll(List<AuditEntry> entries) {
            throw new AssertionError("chaining appends nothing itself");
        }

        @Override
        public dev.sportello.Page<AuditEntry> forObject(String objectType, String objectId,
                                                        dev.sportello.PageRequest page) {
            throw new AssertionError("chaining reads no entries");
        }
    }
}
