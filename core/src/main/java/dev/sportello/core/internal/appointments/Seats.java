package dev.sportello.core.internal.appointments;

import dev.sportello.ErrorCode;
import dev.sportello.OperatorId;
import dev.sportello.SportelloException;
import dev.sportello.TopicCode;
import dev.sportello.UserId;
import dev.sportello.appointments.ContactMode;
import dev.sportello.appointments.Interpretation;
import dev.sportello.appointments.spi.AppointmentRecord;
import dev.sportello.core.internal.appointments.SlotGrid.GridSlot;
import dev.sportello.core.internal.kernel.Tx;
import dev.sportello.offices.Office;
import dev.sportello.offices.OfficeCode;
import dev.sportello.offices.Operator;
import dev.sportello.offices.Skill;
import dev.sportello.offices.spi.OfficeDirectory;
import dev.sportello.spi.CounterKey;
import dev.sportello.spi.CounterStore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The capacities of appointments, as bounded counters with typed keys: the seats of a slot in a mode,
 * the active bookings of a user per topic, and the 5-minute blocks of a sign-language operator's time
 * (so that the same operator is never booked twice, even across calendars with different slot lengths).
 *
 * <p>Thread-safe.
 */
final class Seats {
    private static final int BLOCK_MINUTES = 5;

    private final OfficeDirectory directory;

    Seats(OfficeDirectory directory) {
        this.directory = directory;
    }

    /** The seats taken in a slot and mode: {@code apt.seat:OFFICE:TOPIC:MODE:EPOCH_SECOND}. */
    static CounterKey seat(OfficeCode office, TopicCode topic, ContactMode mode, Instant start) {
        return CounterKey.of("apt.seat", office.value(), topic.code(), mode.name(), Long.toString(start.getEpochSecond()));
    }

    /** The active bookings of a user for a topic: {@code apt.active:USER:TOPIC}. */
    static CounterKey active(UserId owner, TopicCode topic) {
        return CounterKey.of("apt.active", owner.toString(), topic.code());
    }

    /** One 5-minute block of an operator's time: {@code apt.operator:OPERATOR:BLOCK}. */
    static CounterKey block(OperatorId operator, long block) {
        return CounterKey.of("apt.operator", operator.toString(), Long.toString(block));
    }

    static CounterKey seat(AppointmentRecord r) {
        return seat(r.office(), r.topic(), r.mode(), r.start());
    }

    static CounterKey active(AppointmentRecord r) {
        return active(r.owner(), r.topic());
    }

    static List<CounterKey> blocks(OperatorId operator, Instant start, Instant end) {
        long first = Math.floorDiv(start.getEpochSecond(), BLOCK_MINUTES * 60L);
        long last = Math.floorDiv(end.getEpochSecond() - 1, BLOCK_MINUTES * 60L);
        List<CounterKey> keys = new ArrayList<>();
        for (long block = first; block <= last; block++) {
            keys.add(block(operator, block));
        }
        return keys;
    }

    /** Frees the seat of an appointment and, for sign language, its operator's time. */
    static void free(Tx tx, AppointmentRecord r) {
        CounterStore counters = tx.store(CounterStore.class);
        counters.decrement(seat(r));
        if (r.operator() != null && r.interpretation() == Interpretation.SIGN_LANGUAGE) {
            blocks(r.operator(), r.start(), r.end()).forEach(counters::decrement);
        }
    }

    /** Frees an operator's time in a slot. */
    static void freeBlocks(Tx tx, OperatorId operator, Instant start, Instant end) {
        blocks(operator, start, end).forEach(tx.store(CounterStore.class)::decrement);
    }

    /** The sign-language operators of an office (R-APT-6). */
    List<Operator> interpreters(OfficeCode office) {
        return directory.operators(office).stream().filter(o -> o.skills().contains(Skill.SIGN_LANGUAGE)).toList();
    }

    /** Takes all of an operator's 5-minute blocks in a slot, or none. */
    static boolean takeBlocks(Tx tx, OperatorId operator, GridSlot slot) {
        CounterStore counters = tx.store(CounterStore.class);
        List<CounterKey> taken = new ArrayList<>();
        for (CounterKey key : blocks(operator, slot.start(), slot.end())) {
            if (!counters.tryIncrement(key, 1)) {
                taken.forEach(counters::decrement);
                return false;
            }
            taken.add(key);
        }
        return true;
    }

    /** Reserves a free sign-language operator for a slot. */
    OperatorId reserveInterpreter(Tx tx, Office office, GridSlot slot) {
        List<Operator> available = interpreters(office.code()).stream()
                .filter(o -> SlotGrid.covers(o, slot, office.zone())).toList();
        if (available.isEmpty()) {
            throw SportelloException.of(ErrorCode.APT_NO_SIGN_LANGUAGE_CAPACITY, Map.of("office", office.code().value(),
                    "start", slot.start().toString()));
        }
        for (Operator operator : available) {
            if (takeBlocks(tx, operator.id(), slot)) {
                return operator.id();
            }
        }
        throw SportelloException.of(ErrorCode.APT_SLOT_FULL, Map.of("start", slot.start().toString()));
    }

    /** How many sign-language operators are free in each slot. */
    Map<Instant, Integer> freeInterpreters(Tx tx, Office office, List<GridSlot> grid) {
        List<Operator> skilled = interpreters(office.code());
        Map<GridSlot, List<Operator>> candidates = new LinkedHashMap<>();
        List<CounterKey> keys = new ArrayList<>();
        for (GridSlot slot : grid) {
            List<Operator> available = skilled.stream().filter(o -> SlotGrid.covers(o, slot, office.zone())).toList();
            candidates.put(slot, available);
            available.forEach(o -> keys.addAll(blocks(o.id(), slot.start(), slot.end())));
        }
        Map<CounterKey, Long> busy = tx.store(CounterStore.class).values(keys);
        Map<Instant, Integer> free = new HashMap<>();
        candidates.forEach((slot, available) -> free.put(slot.start(), (int) available.stream()
                .filter(o -> blocks(o.id(), slot.start(), slot.end()).stream().allMatch(k -> busy.getOrDefault(k, 0L) == 0L))
                .count()));
        return free;
    }
}
