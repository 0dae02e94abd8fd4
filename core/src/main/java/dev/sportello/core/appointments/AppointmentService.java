package dev.sportello.core.appointments;

import dev.sportello.Channel;
import dev.sportello.ErrorCategory;
import dev.sportello.ErrorCode;
import dev.sportello.Language;
import dev.sportello.Operation;
import dev.sportello.OperatorId;
import dev.sportello.Page;
import dev.sportello.PageRequest;
import dev.sportello.Principal;
import dev.sportello.ServiceId;
import dev.sportello.SportelloException;
import dev.sportello.UserId;
import dev.sportello.appointments.AdmitAssistant;
import dev.sportello.appointments.AdmitUser;
import dev.sportello.appointments.AnswerOffer;
import dev.sportello.appointments.Appointment;
import dev.sportello.appointments.AppointmentId;
import dev.sportello.appointments.AppointmentStatus;
import dev.sportello.appointments.Appointments;
import dev.sportello.appointments.Assistance;
import dev.sportello.appointments.Availability;
import dev.sportello.appointments.AvailabilityQuery;
import dev.sportello.appointments.BookAppointment;
import dev.sportello.appointments.BookingCalendar;
import dev.sportello.appointments.CancelAppointment;
import dev.sportello.appointments.CompleteAppointment;
import dev.sportello.appointments.ContactMode;
import dev.sportello.appointments.IdentityCheck;
import dev.sportello.appointments.IdentityDocument;
import dev.sportello.appointments.InformationLevel;
import dev.sportello.appointments.JoinVideoCall;
import dev.sportello.appointments.JoinWaitlist;
import dev.sportello.appointments.MarkNoShow;
import dev.sportello.appointments.RecordAssistanceConsent;
import dev.sportello.appointments.RecordIdentityCheck;
import dev.sportello.appointments.RescheduleAppointment;
import dev.sportello.appointments.Slot;
import dev.sportello.appointments.WaitlistEntry;
import dev.sportello.appointments.WaitlistEntryId;
import dev.sportello.appointments.WaitlistStatus;
import dev.sportello.core.AppointmentSettings;
import dev.sportello.core.appointments.SlotGrid.GridSlot;
import dev.sportello.core.kernel.Access;
import dev.sportello.core.kernel.AssuranceGuard;
import dev.sportello.core.kernel.Checks;
import dev.sportello.core.kernel.Kernel;
import dev.sportello.core.kernel.Secrets;
import dev.sportello.core.kernel.Tx;
import dev.sportello.core.notifications.Notification;
import dev.sportello.core.notifications.Notifier;
import dev.sportello.core.offices.OfficeService;
import dev.sportello.core.users.UserService;
import dev.sportello.notifications.MessageKind;
import dev.sportello.notifications.Purpose;
import dev.sportello.notifications.SkipReason;
import dev.sportello.offices.CalendarDay;
import dev.sportello.offices.Closure;
import dev.sportello.offices.Office;
import dev.sportello.offices.OfficeCode;
import dev.sportello.offices.Operator;
import dev.sportello.offices.Skill;
import dev.sportello.spi.AppointmentRecord;
import dev.sportello.spi.AppointmentStore;
import dev.sportello.spi.ContactRecord;
import dev.sportello.spi.EmailAttachment;
import dev.sportello.spi.MeetingProvider;
import dev.sportello.spi.OutboxEntry;
import dev.sportello.spi.OutboxKind;
import dev.sportello.spi.UserRecord;
import dev.sportello.spi.WaitlistRecord;
import dev.sportello.users.FragileGround;
import dev.sportello.users.PhoneNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Appointments with an office (R-APT-1…6, R-DEL-4).
 *
 * <p>Seats are bounded counters ({@code CounterStore.tryIncrement}) taken in the booking's own
 * transaction, as its very last write, so that a database holds the hot row's lock only for the commit.
 * A sign-language appointment also takes its operator's time, in 5-minute blocks, so that the same
 * operator is never booked twice even across calendars with different slot lengths.
 *
 * <p>Thread-safe.
 */
public final class AppointmentService implements Appointments {
    /** The task that records a no-show after the grace period. */
    public static final String NO_SHOW_TASK = "appointment.no-show";
    /** The task that lets a waitlist offer lapse. */
    public static final String OFFER_EXPIRY_TASK = "appointment.offer-expiry";
    private static final Logger LOG = LoggerFactory.getLogger(AppointmentService.class);
    private static final int MAX_DAYS = 62;
    private static final int BLOCK_MINUTES = 5;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");
    private static final Set<Channel> CONFIRMATION = EnumSet.of(Channel.INBOX, Channel.SMS, Channel.EMAIL, Channel.PUSH);
    private static final Map<Language, Map<ContactMode, String>> MODE_LABELS = Map.of(
            Language.IT, Map.of(ContactMode.IN_PERSON, "in sede", ContactMode.PHONE_CALLBACK, "richiamata telefonica",
                    ContactMode.VIDEO_CALL, "videochiamata"),
            Language.EN, Map.of(ContactMode.IN_PERSON, "at the office", ContactMode.PHONE_CALLBACK, "phone callback",
                    ContactMode.VIDEO_CALL, "video call"),
            Language.DE, Map.of(ContactMode.IN_PERSON, "am Schalter", ContactMode.PHONE_CALLBACK, "Rückruf",
                    ContactMode.VIDEO_CALL, "Videoanruf"));

    private final Kernel kernel;
    private final AssuranceGuard guard;
    private final OfficeService offices;
    private final UserService users;
    private final Notifier notifier;
    private final MeetingProvider meetings;
    private final AppointmentSettings settings;

    /**
     * Wires the service and registers it for office closures.
     *
     * @param kernel   the kernel
     * @param guard    the assurance guard (video calls are checked once the appointment is read)
     * @param offices  the offices
     * @param users    the users (for the fragile-users grounds of sign-language requests)
     * @param notifier the notifier
     * @param meetings the meeting provider
     * @param settings the settings
     */
    public AppointmentService(Kernel kernel, AssuranceGuard guard, OfficeService offices, UserService users,
                              Notifier notifier, MeetingProvider meetings, AppointmentSettings settings) {
        this.kernel = kernel;
        this.guard = guard;
        this.offices = offices;
        this.users = users;
        this.notifier = notifier;
        this.meetings = meetings;
        this.settings = settings;
        offices.onDayClosed(this::dayClosed);
    }

    // ---------------------------------------------------------------- availability

    @Override
    public Availability availability(Principal principal, AvailabilityQuery query) {
        return kernel.execute(principal, Operation.APPOINTMENT_AVAILABILITY, query, tx -> {
            if (query.to().isBefore(query.from()) || query.from().plusDays(MAX_DAYS - 1L).isBefore(query.to())) {
                throw fail(ErrorCode.APT_RANGE_INVALID, "to", Map.of("max", Integer.toString(MAX_DAYS)));
            }
            Office office = offices.require(query.office());
            BookingCalendar calendar = calendar(office, query.topic());
            int seats = requireMode(calendar, query.mode());
            requireSignLanguageMode(query.mode(), query.signLanguage());
            LocalDate today = tx.now().atZone(office.zone()).toLocalDate();
            LocalDate from = query.from().isBefore(today) ? today : query.from();
            LocalDate last = today.plusDays(calendar.horizonDays());
            LocalDate to = query.to().isAfter(last) ? last : query.to();
            List<GridSlot> grid = new ArrayList<>();
            if (!from.isAfter(to)) {
                for (CalendarDay day : offices.calendar(tx, office, from, to)) {
                    if (day.open()) {
                        SlotGrid.slots(calendar, office.zone(), day.date()).stream()
                                .filter(s -> !s.start().isBefore(tx.now().plus(calendar.minimumNotice())))
                                .forEach(grid::add);
                    }
                }
            }
            List<String> keys = grid.stream().map(s -> seatKey(calendar, query.mode(), s.start())).toList();
            Map<String, Long> used = tx.stores().counters().values(keys);
            Map<Instant, Integer> interpreters = query.signLanguage() ? freeInterpreters(tx, office, grid) : Map.of();
            List<Slot> slots = new ArrayList<>(grid.size());
            for (int i = 0; i < grid.size(); i++) {
                GridSlot s = grid.get(i);
                int remaining = (int) Math.max(0, seats - used.getOrDefault(keys.get(i), 0L));
                if (query.signLanguage()) {
                    remaining = Math.min(remaining, interpreters.getOrDefault(s.start(), 0));
                }
                slots.add(new Slot(s.start(), s.end(), s.local().toOffsetDateTime(), seats, remaining));
            }
            return new Availability(calendar, query.mode(), office.zone(), slots);
        });
    }

    private Map<Instant, Integer> freeInterpreters(Tx tx, Office office, List<GridSlot> grid) {
        List<Operator> skilled = interpreters(office.code());
        Map<GridSlot, List<Operator>> candidates = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>();
        for (GridSlot slot : grid) {
            List<Operator> available = skilled.stream().filter(o -> SlotGrid.covers(o, slot, office.zone())).toList();
            candidates.put(slot, available);
            available.forEach(o -> keys.addAll(blockKeys(o.id(), slot)));
        }
        Map<String, Long> busy = tx.stores().counters().values(keys);
        Map<Instant, Integer> free = new HashMap<>();
        candidates.forEach((slot, available) -> free.put(slot.start(), (int) available.stream()
                .filter(o -> blockKeys(o.id(), slot).stream().allMatch(k -> busy.getOrDefault(k, 0L) == 0L)).count()));
        return free;
    }

    // ---------------------------------------------------------------- booking

    @Override
    public Appointment book(Principal principal, BookAppointment command) {
        Checks.notNull(command, "book", "command");
        Operation operation = command.mode() == ContactMode.VIDEO_CALL
                ? Operation.APPOINTMENT_BOOK_VIDEO_CALL : Operation.APPOINTMENT_BOOK;
        return kernel.execute(principal, operation, command, tx -> {
            UserId owner = Access.requireUser(principal, operation);
            Optional<AppointmentRecord> earlier = tx.stores().appointments().findByIdempotencyKey(owner, command.idempotencyKey());
            if (earlier.isPresent()) {
                AppointmentRecord r = earlier.get();
                boolean same = r.office().equals(command.office()) && r.topic().equals(command.topic())
                        && r.mode() == command.mode() && r.signLanguage() == command.signLanguage()
                        && (r.start().equals(command.start()) || r.sequence() > 0);
                if (!same) {
                    throw SportelloException.of(ErrorCode.APT_IDEMPOTENCY_KEY_REUSED, Map.of("field", "idempotencyKey"));
                }
                return view(r);
            }
            Office office = offices.require(command.office());
            BookingCalendar calendar = calendar(office, command.topic());
            return view(place(tx, office, calendar, owner, command.mode(), command.start(), command.signLanguage(),
                    command.idempotencyKey(), null));
        });
    }

    /** A seat already held for the booking (a waitlist offer): its slot start and sign-language operator. */
    private record Held(Instant start, OperatorId operator) {
    }

    private AppointmentRecord place(Tx tx, Office office, BookingCalendar calendar, UserId ownerId, ContactMode mode,
                                    Instant start, boolean signLanguage, String idempotencyKey, Held held) {
        int seats = requireMode(calendar, mode);
        requireSignLanguageMode(mode, signLanguage);
        GridSlot slot = held == null ? requireSlot(tx, office, calendar, start, "start")
                : SlotGrid.at(calendar, office.zone(), start).orElseThrow();
        UserRecord owner = UserService.require(tx, ownerId);
        requireEligible(tx, calendar, mode, owner);
        if (signLanguage) {
            requireDeaf(tx, owner);
        }
        String activeKey = activeKey(ownerId, calendar);
        if (!tx.stores().counters().tryIncrement(activeKey, settings.maxActivePerTopic())) {
            throw SportelloException.of(ErrorCode.APT_TOO_MANY_ACTIVE, Map.of("limit",
                    Integer.toString(settings.maxActivePerTopic()), "topic", calendar.topic().code()));
        }
        OperatorId interpreter = null;
        if (signLanguage) {
            interpreter = held != null ? held.operator() : reserveInterpreter(tx, office, slot);
        }
        AppointmentId id = new AppointmentId(UUID.fromString(tx.newId()));
        String code = null;
        String link = null;
        if (mode == ContactMode.VIDEO_CALL) {
            code = Secrets.numericCode(settings.admissionCodeDigits());
            link = meetings.open(new MeetingProvider.MeetingRequest(id.toString(), office.code().value(), slot.start(),
                    slot.end())).joinLink().toString();
        }
        PhoneNumber callback = mode == ContactMode.PHONE_CALLBACK
                ? Notifier.verified(owner, Channel.SMS).map(c -> new PhoneNumber(c.value())).orElseThrow() : null;
        AppointmentRecord record = new AppointmentRecord(id, ownerId, tx.principal().actor(), office.code(),
                calendar.topic().code(), mode, slot.start(), slot.end(), office.zone(), slot.local().toLocalDate(),
                signLanguage, interpreter, AppointmentStatus.BOOKED, idempotencyKey, link, callback,
                code == null ? null : Secrets.hash(code), 0, 0, null, null, null, null, null, null, tx.now(), tx.now(), 0);
        tx.stores().appointments().insert(record);
        tx.audit("APPOINTMENT_BOOKED", "appointment", id);
        tx.event("appointment.booked", "appointment", id, Map.of("office", office.code().value(), "topic",
                calendar.topic().code(), "mode", mode.name(), "signLanguage", Boolean.toString(signLanguage)));
        confirm(tx, record, owner, office, calendar, code, false);
        if (held == null) {
            String seatKey = seatKey(calendar, mode, slot.start());
            tx.lastly(() -> {
                if (!tx.stores().counters().tryIncrement(seatKey, seats)) {
                    throw SportelloException.of(ErrorCode.APT_SLOT_FULL, Map.of("start", slot.start().toString()));
                }
            });
        }
        return record;
    }

    private void requireEligible(Tx tx, BookingCalendar calendar, ContactMode mode, UserRecord owner) {
        if (calendar.topic().level() == InformationLevel.SECOND) {
            UserRecord actor = tx.principal().actor() instanceof UserId actorId && !actorId.equals(owner.id())
                    ? UserService.require(tx, actorId) : owner;
            if (!settings.secondLevel().allows(UserService.profile(owner), UserService.profile(actor))) {
                throw SportelloException.of(ErrorCode.APT_SECOND_LEVEL_NOT_ALLOWED, Map.of("topic", calendar.topic().code()));
            }
        }
        if ((mode == ContactMode.PHONE_CALLBACK || mode == ContactMode.VIDEO_CALL)
                && Notifier.verified(owner, Channel.SMS).isEmpty()) {
            throw fail(ErrorCode.APT_PHONE_NOT_VERIFIED, "mode", Map.of("mode", mode.name()));
        }
    }

    /** R-APT-6 with R-USR-5 (c): sign-language operators serve deaf users. */
    private void requireDeaf(Tx tx, UserRecord owner) {
        if (!users.fragileGrounds(tx, owner).contains(FragileGround.DEAF)) {
            throw fail(ErrorCode.APT_SIGN_LANGUAGE_NOT_ELIGIBLE, "signLanguage", Map.of());
        }
    }

    private GridSlot requireSlot(Tx tx, Office office, BookingCalendar calendar, Instant start, String field) {
        if (start.isBefore(tx.now())) {
            throw fail(ErrorCode.APT_SLOT_IN_PAST, field, Map.of("start", start.toString()));
        }
        LocalDate day = start.atZone(office.zone()).toLocalDate();
        CalendarDay calendarDay = offices.calendar(tx, office, day, day).get(0);
        if (!calendarDay.open()) {
            throw fail(ErrorCode.APT_OFFICE_CLOSED, field, Map.of("office", office.code().value(), "date", day.toString(),
                    "reason", calendarDay.description() == null ? calendarDay.closure().name() : calendarDay.description()));
        }
        GridSlot slot = SlotGrid.at(calendar, office.zone(), start).orElseThrow(() -> fail(ErrorCode.APT_SLOT_NOT_OFFERED,
                field, Map.of("start", start.toString(), "topic", calendar.topic().code())));
        if (start.isBefore(tx.now().plus(calendar.minimumNotice()))) {
            throw fail(ErrorCode.APT_NOTICE_TOO_SHORT, field, Map.of("minutes",
                    Long.toString(calendar.minimumNotice().toMinutes())));
        }
        if (day.isAfter(tx.now().atZone(office.zone()).toLocalDate().plusDays(calendar.horizonDays()))) {
            throw fail(ErrorCode.APT_BEYOND_HORIZON, field, Map.of("days", Integer.toString(calendar.horizonDays())));
        }
        return slot;
    }

    private OperatorId reserveInterpreter(Tx tx, Office office, GridSlot slot) {
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

    /** Takes all of an operator's 5-minute blocks in a slot, or none. */
    private static boolean takeBlocks(Tx tx, OperatorId operator, GridSlot slot) {
        List<String> taken = new ArrayList<>();
        for (String key : blockKeys(operator, slot)) {
            if (!tx.stores().counters().tryIncrement(key, 1)) {
                taken.forEach(tx.stores().counters()::decrement);
                return false;
            }
            taken.add(key);
        }
        return true;
    }

    private List<Operator> interpreters(OfficeCode office) {
        return offices.directory().operators(office).stream().filter(o -> o.skills().contains(Skill.SIGN_LANGUAGE)).toList();
    }

    // ---------------------------------------------------------------- reading

    @Override
    public Appointment get(Principal principal, AppointmentId id) {
        Checks.notNull(id, "get", "id");
        return kernel.execute(principal, Operation.APPOINTMENT_READ, null, tx -> {
            AppointmentRecord r = load(tx, id);
            authorize(tx, r);
            return view(r);
        });
    }

    @Override
    public Page<Appointment> mine(Principal principal, PageRequest page) {
        Checks.notNull(page, "mine", "page");
        return kernel.execute(principal, Operation.APPOINTMENT_READ, page, tx -> {
            UserId owner = Access.requireUser(principal, Operation.APPOINTMENT_READ);
            Page<AppointmentRecord> records = tx.stores().appointments().ofOwner(owner, page);
            return new Page<>(records.items().stream().map(AppointmentService::view).toList(), records.nextCursor());
        });
    }

    @Override
    public List<Appointment> agenda(Principal principal, OfficeCode office, LocalDate day) {
        Checks.notNull(office, "agenda", "office");
        Checks.notNull(day, "agenda", "day");
        return kernel.execute(principal, Operation.APPOINTMENT_WORK, null, tx -> {
            requireStaff(principal, office);
            return tx.stores().appointments().onDay(office, day).stream()
                    .filter(r -> r.status() != AppointmentStatus.CANCELLED).map(AppointmentService::view).toList();
        });
    }

    @Override
    public List<Appointment> waitingRoom(Principal principal, OfficeCode office) {
        Checks.notNull(office, "waitingRoom", "office");
        return kernel.execute(principal, Operation.APPOINTMENT_WORK, null, tx -> {
            requireStaff(principal, office);
            return tx.stores().appointments().waiting(office).stream().map(AppointmentService::view).toList();
        });
    }

    // ---------------------------------------------------------------- the call

    @Override
    public Appointment join(Principal principal, JoinVideoCall command) {
        return kernel.execute(principal, Operation.APPOINTMENT_JOIN, command, tx -> {
            AppointmentRecord r = load(tx, command.appointment());
            if (authorize(tx, r) != Viewer.OWNER) {
                throw Access.roleRequired(Operation.APPOINTMENT_JOIN, "the appointment's user");
            }
            if (r.mode() != ContactMode.VIDEO_CALL) {
                throw SportelloException.of(ErrorCode.APT_NOT_A_VIDEO_CALL, Map.of("appointmentId", r.id().toString()));
            }
            requireStatus(r, "join", AppointmentStatus.BOOKED, AppointmentStatus.WAITING);
            Instant opens = r.start().minus(settings.joinEarly());
            if (tx.now().isBefore(opens)) {
                throw SportelloException.of(ErrorCode.APT_TOO_EARLY_TO_JOIN, Map.of("opensAt", local(opens, r.zone())));
            }
            if (!tx.now().isBefore(r.end())) {
                throw SportelloException.of(ErrorCode.APT_ADMISSION_CODE_EXPIRED, Map.of("expiredAt", local(r.end(), r.zone())));
            }
            if (r.admissionAttempts() >= settings.admissionAttempts()) {
                throw SportelloException.of(ErrorCode.APT_ADMISSION_LOCKED, Map.of("appointmentId", r.id().toString()));
            }
            if (!Secrets.matches(command.admissionCode(), r.admissionCodeHash())) {
                AppointmentRecord counted = save(tx, r, b -> b.admissionAttempts = r.admissionAttempts() + 1);
                tx.audit("APPOINTMENT_ADMISSION_CODE_WRONG", "appointment", r.id());
                tx.failAfterCommit(fail(ErrorCode.APT_ADMISSION_CODE_WRONG, "admissionCode", Map.of("remaining",
                        Integer.toString(settings.admissionAttempts() - counted.admissionAttempts()))));
                return view(counted);
            }
            if (r.status() == AppointmentStatus.WAITING) {
                return view(r);
            }
            AppointmentRecord waiting = save(tx, r, b -> {
                b.status = AppointmentStatus.WAITING;
                b.waitingSince = tx.now();
            });
            tx.audit("APPOINTMENT_JOINED", "appointment", r.id());
            tx.event("appointment.waiting", "appointment", r.id(), Map.of("office", r.office().value()));
            return view(waiting);
        });
    }

    @Override
    public Appointment recordIdentityCheck(Principal principal, RecordIdentityCheck command) {
        return kernel.execute(principal, Operation.APPOINTMENT_WORK, command, tx -> {
            AppointmentRecord r = loadForChange(tx, command.appointment(), command.expectedVersion());
            OperatorId operator = servingOperator(tx, r);
            requireStatus(r, "record the identity check of", AppointmentStatus.BOOKED, AppointmentStatus.WAITING,
                    AppointmentStatus.IN_PROGRESS);
            IdentityCheck check = check(tx, r, command.document(), operator, "document");
            AppointmentRecord changed = save(tx, r, b -> b.identityCheck = check);
            tx.audit("APPOINTMENT_IDENTITY_CHECKED", "appointment", r.id());
            return view(changed);
        });
    }

    private static IdentityCheck check(Tx tx, AppointmentRecord r, IdentityDocument document, OperatorId operator,
                                       String field) {
        if (!document.photoPresent()) {
            throw fail(ErrorCode.APT_DOCUMENT_PHOTO_MISSING, field + ".photoPresent", Map.of());
        }
        LocalDate today = tx.now().atZone(r.zone()).toLocalDate();
        if (document.issuedOn().isAfter(today) || document.issuedOn().isAfter(document.expiresOn())) {
            throw fail(ErrorCode.APT_DOCUMENT_DATES_INVALID, field + ".issuedOn", Map.of());
        }
        if (document.expiresOn().isBefore(r.day())) {
            throw fail(ErrorCode.APT_DOCUMENT_EXPIRED, field + ".expiresOn", Map.of("expiresOn",
                    document.expiresOn().toString(), "date", r.day().toString()));
        }
        return new IdentityCheck(document.type(), IdentityCheck.mask(document.number().toUpperCase(java.util.Locale.ROOT)),
                document.issuedOn(), document.expiresOn(), true, operator, tx.now());
    }

    @Override
    public Appointment admit(Principal principal, AdmitUser command) {
        return kernel.execute(principal, Operation.APPOINTMENT_WORK, command, tx -> {
            AppointmentRecord r = loadForChange(tx, command.appointment(), command.expectedVersion());
            OperatorId operator = servingOperator(tx, r);
            if (r.mode() == ContactMode.VIDEO_CALL) {
                requireStatus(r, "admit", AppointmentStatus.WAITING);
            } else {
                requireStatus(r, "start", AppointmentStatus.BOOKED);
            }
            if (r.mode() != ContactMode.PHONE_CALLBACK && r.identityCheck() == null) {
                throw SportelloException.of(ErrorCode.APT_IDENTITY_NOT_CHECKED, Map.of("appointmentId", r.id().toString()));
            }
            AppointmentRecord changed = save(tx, r, b -> {
                b.status = AppointmentStatus.IN_PROGRESS;
                b.operator = operator;
            });
            tx.audit("APPOINTMENT_ADMITTED", "appointment", r.id());
            tx.event("appointment.started", "appointment", r.id(), Map.of("office", r.office().value(), "operator",
                    operator.toString()));
            return view(changed);
        });
    }

    @Override
    public Appointment recordAssistanceConsent(Principal principal, RecordAssistanceConsent command) {
        Operation operation = operatorOr(principal, Operation.APPOINTMENT_JOIN);
        return kernel.execute(principal, operation, command, tx -> {
            AppointmentRecord r = loadForChange(tx, command.appointment(), command.expectedVersion());
            Viewer viewer = authorize(tx, r);
            if (viewer == Viewer.SERVICE) {
                throw Access.roleRequired(operation, "the appointment's user or an operator of its office");
            }
            if (viewer == Viewer.OPERATOR) {
                servingOperator(tx, r);
            }
            requireStatus(r, "record the assistance consent of", AppointmentStatus.BOOKED, AppointmentStatus.WAITING,
                    AppointmentStatus.IN_PROGRESS);
            if (r.assistance() != null) {
                return view(r);
            }
            AppointmentRecord changed = save(tx, r, b -> b.assistance = new Assistance(tx.now(), tx.principal().actor(),
                    null, null, null));
            tx.audit("APPOINTMENT_ASSISTANCE_CONSENTED", "appointment", r.id());
            return view(changed);
        });
    }

    @Override
    public Appointment admitAssistant(Principal principal, AdmitAssistant command) {
        return kernel.execute(principal, Operation.APPOINTMENT_WORK, command, tx -> {
            AppointmentRecord r = loadForChange(tx, command.appointment(), command.expectedVersion());
            OperatorId operator = servingOperator(tx, r);
            requireStatus(r, "admit an assistant to", AppointmentStatus.WAITING, AppointmentStatus.IN_PROGRESS);
            if (r.assistance() == null) {
                throw SportelloException.of(ErrorCode.APT_ASSISTANCE_CONSENT_MISSING, Map.of("appointmentId", r.id().toString()));
            }
            IdentityCheck check = check(tx, r, command.document(), operator, "document");
            Assistance consent = r.assistance();
            AppointmentRecord changed = save(tx, r, b -> b.assistance = new Assistance(consent.consentAt(), consent.consentBy(),
                    command.fullName().strip(), check, tx.now()));
            tx.audit("APPOINTMENT_ASSISTANT_ADMITTED", "appointment", r.id());
            tx.event("appointment.assisted", "appointment", r.id(), Map.of("office", r.office().value()));
            return view(changed);
        });
    }

    @Override
    public Appointment complete(Principal principal, CompleteAppointment command) {
        return kernel.execute(principal, Operation.APPOINTMENT_WORK, command, tx -> {
            AppointmentRecord r = loadForChange(tx, command.appointment(), command.expectedVersion());
            servingOperator(tx, r);
            requireStatus(r, "complete", AppointmentStatus.IN_PROGRESS);
            if (!settings.outcomes().containsKey(command.outcome())) {
                throw fail(ErrorCode.APT_OUTCOME_UNKNOWN, "outcome", Map.of("outcome", command.outcome()));
            }
            AppointmentRecord changed = save(tx, r, b -> {
                b.status = AppointmentStatus.COMPLETED;
                b.outcome = command.outcome();
                b.outcomeText = command.text() == null || command.text().isBlank() ? null : command.text().strip();
            });
            tx.stores().counters().decrement(activeKey(r));
            tx.audit("APPOINTMENT_COMPLETED", "appointment", r.id());
            tx.event("appointment.completed", "appointment", r.id(), Map.of("office", r.office().value(), "outcome",
                    command.outcome()));
            return view(changed);
        });
    }

    // ---------------------------------------------------------------- changes

    @Override
    public Appointment cancel(Principal principal, CancelAppointment command) {
        Operation operation = operatorOr(principal, Operation.APPOINTMENT_BOOK);
        return kernel.execute(principal, operation, command, tx -> {
            AppointmentRecord r = loadForChange(tx, command.appointment(), command.expectedVersion());
            Viewer viewer = authorize(tx, r);
            if (viewer == Viewer.OWNER && r.mode() == ContactMode.VIDEO_CALL) {
                guard.check(principal, Operation.APPOINTMENT_BOOK_VIDEO_CALL);
            }
            requireStatus(r, "cancel", AppointmentStatus.BOOKED, AppointmentStatus.WAITING);
            Office office = offices.require(r.office());
            AppointmentRecord cancelled = release(tx, r, office, command.reason().strip(), true);
            return view(cancelled);
        });
    }

    /** Cancels an appointment: frees its seat and operator, drops its reminder, tells the user. */
    private AppointmentRecord release(Tx tx, AppointmentRecord r, Office office, String reason, boolean offerSeat) {
        AppointmentRecord cancelled = save(tx, r, b -> {
            b.status = AppointmentStatus.CANCELLED;
            b.cancelReason = reason;
            b.sequence = r.sequence() + 1;
        });
        Optional<BookingCalendar> calendar = findCalendar(office, r.topic());
        freeSeat(tx, r);
        tx.stores().counters().decrement(activeKey(r));
        Notifier.cancel(tx, cancelKey(r.id()), "appointment cancelled");
        if (r.joinLink() != null) {
            closeRoom(r);
        }
        tx.audit("APPOINTMENT_CANCELLED", "appointment", r.id());
        tx.event("appointment.cancelled", "appointment", r.id(), Map.of("office", r.office().value(), "by",
                tx.principal().actor() instanceof UserId ? "user" : "office"));
        UserRecord owner = UserService.require(tx, r.owner());
        Map<String, String> values = values(cancelled, owner, office, calendar.map(c -> c.topic().title()).orElse(r.topic()));
        values.put("reason", truncate(reason, 500));
        notifier.notify(tx, new Notification(owner.id(), MessageKind.APPOINTMENT_CANCELLED, CONFIRMATION, values,
                Purpose.TRANSACTIONAL, null, false, null, null, invitation(tx, cancelled, owner, office,
                calendar.map(c -> c.topic().title()).orElse(r.topic()), true)), owner);
        if (offerSeat && calendar.isPresent()) {
            offerSeat(tx, office, calendar.get(), r.mode(), r.start());
        }
        return cancelled;
    }

    private static void freeSeat(Tx tx, AppointmentRecord r) {
        tx.stores().counters().decrement(seatKey(r.office(), r.topic(), r.mode(), r.start()));
        if (r.operator() != null && r.signLanguage()) {
            blockKeys(r.operator(), r.start(), r.end()).forEach(tx.stores().counters()::decrement);
        }
    }

    private void closeRoom(AppointmentRecord r) {
        try {
            meetings.close(new MeetingProvider.MeetingRoom(URI.create(r.joinLink())));
        } catch (RuntimeException e) {
            LOG.warn("the meeting provider could not close the room of appointment {}: {}", r.id(), e.toString());
        }
    }

    @Override
    public Appointment reschedule(Principal principal, RescheduleAppointment command) {
        Operation operation = operatorOr(principal, Operation.APPOINTMENT_BOOK);
        return kernel.execute(principal, operation, command, tx -> {
            AppointmentRecord r = loadForChange(tx, command.appointment(), command.expectedVersion());
            Viewer viewer = authorize(tx, r);
            if (viewer == Viewer.SERVICE) {
                throw Access.roleRequired(operation, "the appointment's user or an operator of its office");
            }
            if (viewer == Viewer.OWNER && r.mode() == ContactMode.VIDEO_CALL) {
                guard.check(principal, Operation.APPOINTMENT_BOOK_VIDEO_CALL);
            }
            requireStatus(r, "reschedule", AppointmentStatus.BOOKED);
            if (command.newStart().equals(r.start())) {
                throw fail(ErrorCode.APT_SAME_SLOT, "newStart", Map.of("start", r.start().toString()));
            }
            Office office = offices.require(r.office());
            BookingCalendar calendar = calendar(office, r.topic());
            int seats = requireMode(calendar, r.mode());
            GridSlot slot = requireSlot(tx, office, calendar, command.newStart(), "newStart");
            // the new seat first: if it is taken, the command fails and the old one was never let go
            if (!tx.stores().counters().tryIncrement(seatKey(calendar, r.mode(), slot.start()), seats)) {
                throw SportelloException.of(ErrorCode.APT_SLOT_FULL, Map.of("start", slot.start().toString()));
            }
            tx.stores().counters().decrement(seatKey(r.office(), r.topic(), r.mode(), r.start()));
            OperatorId interpreter = r.operator();
            if (r.signLanguage()) {
                blockKeys(r.operator(), r.start(), r.end()).forEach(tx.stores().counters()::decrement);
                interpreter = reserveInterpreter(tx, office, slot);
            }
            String code = r.mode() == ContactMode.VIDEO_CALL ? Secrets.numericCode(settings.admissionCodeDigits()) : null;
            String link = r.mode() == ContactMode.VIDEO_CALL ? meetings.open(new MeetingProvider.MeetingRequest(
                    r.id().toString(), office.code().value(), slot.start(), slot.end())).joinLink().toString() : null;
            OperatorId assigned = interpreter;
            AppointmentRecord moved = save(tx, r, b -> {
                b.start = slot.start();
                b.end = slot.end();
                b.day = slot.local().toLocalDate();
                b.operator = assigned;
                b.sequence = r.sequence() + 1;
                b.joinLink = link;
                b.admissionCodeHash = code == null ? null : Secrets.hash(code);
                b.admissionAttempts = 0;
            });
            Notifier.cancel(tx, cancelKey(r.id()), "appointment rescheduled");
            tx.audit("APPOINTMENT_RESCHEDULED", "appointment", r.id());
            tx.event("appointment.rescheduled", "appointment", r.id(), Map.of("office", r.office().value()));
            confirm(tx, moved, UserService.require(tx, r.owner()), office, calendar, code, true);
            offerSeat(tx, office, calendar, r.mode(), r.start());
            return view(moved);
        });
    }

    @Override
    public Appointment markNoShow(Principal principal, MarkNoShow command) {
        return kernel.execute(principal, Operation.APPOINTMENT_WORK, command, tx -> {
            AppointmentRecord r = loadForChange(tx, command.appointment(), command.expectedVersion());
            servingOperator(tx, r);
            requireStatus(r, "mark as a no-show", AppointmentStatus.BOOKED);
            Instant from = r.start().plus(settings.noShowGrace());
            if (tx.now().isBefore(from)) {
                throw SportelloException.of(ErrorCode.APT_NO_SHOW_TOO_EARLY, Map.of("from", local(from, r.zone())));
            }
            return view(noShow(tx, r));
        });
    }

    private AppointmentRecord noShow(Tx tx, AppointmentRecord r) {
        AppointmentRecord changed = save(tx, r, b -> b.status = AppointmentStatus.NO_SHOW);
        tx.stores().counters().decrement(activeKey(r));
        Notifier.cancel(tx, cancelKey(r.id()), "no-show");
        tx.audit("APPOINTMENT_NO_SHOW", "appointment", r.id());
        tx.event("appointment.no-show", "appointment", r.id(), Map.of("office", r.office().value()));
        return changed;
    }

    /**
     * The no-show task: an appointment still BOOKED after the grace period becomes a no-show.
     *
     * @param tx    the dispatcher's transaction
     * @param entry the task
     */
    public void noShowTask(Tx tx, OutboxEntry entry) {
        AppointmentId id = AppointmentId.of(entry.payload().get("appointmentId"));
        tx.stores().appointments().find(id).ifPresent(r -> {
            if (r.status() == AppointmentStatus.BOOKED && !tx.now().isBefore(r.start().plus(settings.noShowGrace()))) {
                noShow(tx, r);
            }
        });
    }

    /** Closing a day cancels its bookings (the office's reason) and its waitlist. */
    private void dayClosed(Tx tx, Closure closure) {
        Office office = offices.require(closure.office());
        for (AppointmentRecord r : tx.stores().appointments().onDay(closure.office(), closure.date())) {
            if (r.status() == AppointmentStatus.BOOKED || r.status() == AppointmentStatus.WAITING) {
                release(tx, r, office, closure.reason(), false);
            }
        }
        for (WaitlistRecord w : tx.stores().appointments().waitlistOnDay(closure.office(), closure.date())) {
            if (w.entry().status() == WaitlistStatus.OFFERED) {
                releaseHeld(tx, w, office);
            }
            tx.stores().appointments().updateWaitlist(w.next(WaitlistStatus.CANCELLED, null, null, null, null, tx.now()),
                    w.version());
        }
    }

    // ---------------------------------------------------------------- waitlist

    @Override
    public WaitlistEntry joinWaitlist(Principal principal, JoinWaitlist command) {
        Checks.notNull(command, "joinWaitlist", "command");
        Operation operation = command.mode() == ContactMode.VIDEO_CALL
                ? Operation.APPOINTMENT_BOOK_VIDEO_CALL : Operation.APPOINTMENT_BOOK;
        return kernel.execute(principal, operation, command, tx -> {
            UserId ownerId = Access.requireUser(principal, operation);
            Office office = offices.require(command.office());
            BookingCalendar calendar = calendar(office, command.topic());
            int seats = requireMode(calendar, command.mode());
            requireSignLanguageMode(command.mode(), command.signLanguage());
            LocalDate today = tx.now().atZone(office.zone()).toLocalDate();
            if (command.day().isBefore(today)) {
                throw fail(ErrorCode.APT_SLOT_IN_PAST, "day", Map.of("start", command.day().toString()));
            }
            if (command.day().isAfter(today.plusDays(calendar.horizonDays()))) {
                throw fail(ErrorCode.APT_BEYOND_HORIZON, "day", Map.of("days", Integer.toString(calendar.horizonDays())));
            }
            CalendarDay day = offices.calendar(tx, office, command.day(), command.day()).get(0);
            if (!day.open()) {
                throw fail(ErrorCode.APT_OFFICE_CLOSED, "day", Map.of("office", office.code().value(), "date",
                        command.day().toString(), "reason", day.description() == null ? day.closure().name() : day.description()));
            }
            UserRecord owner = UserService.require(tx, ownerId);
            requireEligible(tx, calendar, command.mode(), owner);
            if (command.signLanguage()) {
                requireDeaf(tx, owner);
            }
            boolean waiting = tx.stores().appointments().waitlistOf(ownerId).stream().map(WaitlistRecord::entry)
                    .anyMatch(e -> e.office().equals(office.code()) && e.topic().equals(calendar.topic().code())
                            && e.day().equals(command.day())
                            && (e.status() == WaitlistStatus.WAITING || e.status() == WaitlistStatus.OFFERED));
            if (waiting) {
                throw SportelloException.of(ErrorCode.APT_ALREADY_WAITING, Map.of("topic", calendar.topic().code(), "date",
                        command.day().toString()));
            }
            List<GridSlot> bookable = SlotGrid.slots(calendar, office.zone(), command.day()).stream()
                    .filter(s -> !s.start().isBefore(tx.now().plus(calendar.minimumNotice()))).toList();
            Map<String, Long> used = tx.stores().counters().values(bookable.stream()
                    .map(s -> seatKey(calendar, command.mode(), s.start())).toList());
            Map<Instant, Integer> interpreters = command.signLanguage() ? freeInterpreters(tx, office, bookable) : Map.of();
            boolean free = bookable.stream().anyMatch(s -> used.getOrDefault(seatKey(calendar, command.mode(), s.start()), 0L) < seats
                    && (!command.signLanguage() || interpreters.getOrDefault(s.start(), 0) > 0));
            if (free) {
                throw fail(ErrorCode.APT_SEATS_AVAILABLE, "day", Map.of("date", command.day().toString()));
            }
            WaitlistRecord entry = WaitlistRecord.waiting(new WaitlistEntryId(UUID.fromString(tx.newId())), ownerId,
                    office.code(), calendar.topic().code(), command.mode(), command.day(), command.signLanguage(), tx.now());
            tx.stores().appointments().insertWaitlist(entry);
            tx.audit("WAITLIST_JOINED", "waitlist", entry.id());
            return entry.entry();
        });
    }

    @Override
    public List<WaitlistEntry> waitlist(Principal principal) {
        return kernel.execute(principal, Operation.APPOINTMENT_READ, null, tx -> {
            UserId owner = Access.requireUser(principal, Operation.APPOINTMENT_READ);
            return tx.stores().appointments().waitlistOf(owner).stream().map(WaitlistRecord::entry).toList();
        });
    }

    @Override
    public WaitlistEntry answerOffer(Principal principal, AnswerOffer command) {
        return kernel.execute(principal, Operation.APPOINTMENT_BOOK, command, tx -> {
            WaitlistRecord w = loadWaitlist(tx, command.entry(), command.expectedVersion());
            WaitlistEntry e = w.entry();
            if (e.status() != WaitlistStatus.OFFERED || !tx.now().isBefore(e.offerExpiresAt())) {
                throw SportelloException.of(ErrorCode.APT_NO_OFFER, Map.of("entryId", e.id().toString()));
            }
            Office office = offices.require(e.office());
            if (!command.accept()) {
                releaseHeld(tx, w, office);
                WaitlistRecord left = w.next(WaitlistStatus.LEFT, null, null, null, null, tx.now());
                tx.stores().appointments().updateWaitlist(left, w.version());
                tx.audit("WAITLIST_OFFER_DECLINED", "waitlist", e.id());
                findCalendar(office, e.topic()).ifPresent(c -> offerSeat(tx, office, c, e.mode(), e.offeredStart()));
                return left.entry();
            }
            if (e.mode() == ContactMode.VIDEO_CALL) {
                guard.check(principal, Operation.APPOINTMENT_BOOK_VIDEO_CALL);
            }
            BookingCalendar calendar = calendar(office, e.topic());
            AppointmentRecord booked = place(tx, office, calendar, e.owner(), e.mode(), e.offeredStart(), e.signLanguage(),
                    "waitlist-" + e.id(), new Held(e.offeredStart(), w.heldOperator()));
            WaitlistRecord accepted = w.next(WaitlistStatus.ACCEPTED, e.offeredStart(), null, booked.id(), null, tx.now());
            tx.stores().appointments().updateWaitlist(accepted, w.version());
            tx.audit("WAITLIST_OFFER_ACCEPTED", "waitlist", e.id());
            return accepted.entry();
        });
    }

    @Override
    public WaitlistEntry leaveWaitlist(Principal principal, WaitlistEntryId entry) {
        Checks.notNull(entry, "leaveWaitlist", "entry");
        return kernel.execute(principal, Operation.APPOINTMENT_BOOK, null, tx -> {
            WaitlistRecord w = loadWaitlist(tx, entry, -1);
            WaitlistEntry e = w.entry();
            if (e.status() != WaitlistStatus.WAITING && e.status() != WaitlistStatus.OFFERED) {
                return e;
            }
            Office office = offices.require(e.office());
            WaitlistRecord left = w.next(WaitlistStatus.LEFT, null, null, null, null, tx.now());
            tx.stores().appointments().updateWaitlist(left, w.version());
            tx.audit("WAITLIST_LEFT", "waitlist", e.id());
            if (e.status() == WaitlistStatus.OFFERED) {
                releaseHeld(tx, w, office);
                findCalendar(office, e.topic()).ifPresent(c -> offerSeat(tx, office, c, e.mode(), e.offeredStart()));
            }
            return left.entry();
        });
    }

    /**
     * The offer-expiry task: an offer still pending at its expiry lapses and the seat passes on.
     *
     * @param tx    the dispatcher's transaction
     * @param entry the task
     */
    public void offerExpiryTask(Tx tx, OutboxEntry entry) {
        WaitlistEntryId id = WaitlistEntryId.of(entry.payload().get("entryId"));
        tx.stores().appointments().findWaitlist(id).ifPresent(w -> {
            WaitlistEntry e = w.entry();
            if (e.status() != WaitlistStatus.OFFERED || tx.now().isBefore(e.offerExpiresAt())) {
                return;
            }
            Office office = offices.require(e.office());
            releaseHeld(tx, w, office);
            tx.stores().appointments().updateWaitlist(w.next(WaitlistStatus.EXPIRED, null, null, null, null, tx.now()),
                    w.version());
            tx.audit("WAITLIST_OFFER_EXPIRED", "waitlist", e.id());
            findCalendar(office, e.topic()).ifPresent(c -> offerSeat(tx, office, c, e.mode(), e.offeredStart()));
        });
    }

    /** Gives back the seat (and operator time) held by an offer. */
    private void releaseHeld(Tx tx, WaitlistRecord w, Office office) {
        WaitlistEntry e = w.entry();
        tx.stores().counters().decrement(seatKey(e.office(), e.topic(), e.mode(), e.offeredStart()));
        if (w.heldOperator() != null) {
            findCalendar(office, e.topic()).ifPresent(c -> blockKeys(w.heldOperator(), e.offeredStart(),
                    e.offeredStart().plus(c.slotLength())).forEach(tx.stores().counters()::decrement));
        }
    }

    /**
     * Offers a seat that just freed up to the first user waiting for its day, holding it (and, for
     * sign language, an operator's time) until the offer expires. Nothing happens if the slot is within
     * the minimum notice or nobody waits.
     */
    private void offerSeat(Tx tx, Office office, BookingCalendar calendar, ContactMode mode, Instant start) {
        Instant closes = start.minus(calendar.minimumNotice());
        if (!tx.now().isBefore(closes)) {
            return;
        }
        GridSlot slot = SlotGrid.at(calendar, office.zone(), start).orElse(null);
        if (slot == null) {
            return;
        }
        Instant expires = tx.now().plus(settings.offerHold());
        Instant until = expires.isBefore(closes) ? expires : closes;
        String seatKey = seatKey(calendar, mode, start);
        for (WaitlistRecord w : tx.stores().appointments().queue(office.code(), calendar.topic().code(), mode,
                slot.local().toLocalDate(), 50)) {
            OperatorId interpreter = null;
            if (w.entry().signLanguage()) {
                interpreter = interpreters(office.code()).stream().filter(o -> SlotGrid.covers(o, slot, office.zone()))
                        .filter(o -> takeBlocks(tx, o.id(), slot)).map(Operator::id).findFirst().orElse(null);
                if (interpreter == null) {
                    continue;
                }
            }
            if (!tx.stores().counters().tryIncrement(seatKey, calendar.seats(mode))) {
                if (interpreter != null) {
                    blockKeys(interpreter, slot).forEach(tx.stores().counters()::decrement);
                }
                return;
            }
            WaitlistRecord offered = w.next(WaitlistStatus.OFFERED, start, until, null, interpreter, tx.now());
            tx.stores().appointments().updateWaitlist(offered, w.version());
            tx.enqueue(OutboxEntry.pending(tx.newId(), OutboxKind.TASK, OFFER_EXPIRY_TASK,
                    Map.of("entryId", w.id().toString()), until, null, tx.now()));
            tx.audit("WAITLIST_OFFERED", "waitlist", w.id());
            UserRecord owner = UserService.require(tx, w.entry().owner());
            Map<String, String> values = new HashMap<>();
            values.put("when", local(start, office.zone()));
            values.put("office", truncate(office.name(), 40));
            values.put("topic", truncate(calendar.topic().title(), 40));
            values.put("until", local(until, office.zone()));
            notifier.notify(tx, new Notification(owner.id(), MessageKind.WAITLIST_OFFER, CONFIRMATION, values,
                    Purpose.TRANSACTIONAL, null, true, null, null, List.of()), owner);
            return;
        }
    }

    // ---------------------------------------------------------------- messages

    /** The confirmation (or reschedule notice), the admission code, the reminder and the no-show task. */
    private void confirm(Tx tx, AppointmentRecord r, UserRecord owner, Office office, BookingCalendar calendar, String code,
                         boolean rescheduled) {
        String topic = calendar.topic().title();
        Map<String, String> values = values(r, owner, office, topic);
        List<EmailAttachment> invitation = invitation(tx, r, owner, office, topic, false);
        MessageKind kind = rescheduled ? MessageKind.APPOINTMENT_RESCHEDULED
                : r.mode() == ContactMode.VIDEO_CALL ? MessageKind.VIDEO_CALL_CONFIRMED : MessageKind.APPOINTMENT_CONFIRMED;
        Set<Channel> channels = r.mode() == ContactMode.VIDEO_CALL && !rescheduled
                ? EnumSet.of(Channel.INBOX, Channel.EMAIL, Channel.PUSH) : CONFIRMATION;
        if (kind == MessageKind.VIDEO_CALL_CONFIRMED) {
            values.put("link", r.joinLink());
        }
        // the answer to the user's own booking: sent at once, even in SMS quiet hours
        notifier.notify(tx, new Notification(owner.id(), kind, channels, values, Purpose.TRANSACTIONAL, null, true, null,
                null, invitation), owner);
        if (code != null) {
            ContactRecord mobile = Notifier.verified(owner, Channel.SMS).orElseThrow();
            notifier.notify(tx, new Notification(owner.id(), MessageKind.APPOINTMENT_ADMISSION_CODE, Set.of(Channel.SMS),
                    Map.of("code", code, "when", values.get("when")), Purpose.VERIFICATION, null, true, null, mobile,
                    List.of()), owner);
        }
        Notification reminder = new Notification(owner.id(), MessageKind.APPOINTMENT_REMINDER,
                EnumSet.of(Channel.SMS, Channel.PUSH), values(r, owner, office, topic), Purpose.TRANSACTIONAL,
                r.start().minus(settings.reminderBefore()), true, cancelKey(r.id()), null, List.of());
        if (reminder.dueAt().isAfter(tx.now())) {
            notifier.notify(tx, reminder, owner);
        } else {
            notifier.skip(tx, reminder, owner, SkipReason.REMINDER_WINDOW_PASSED);
        }
        tx.enqueue(OutboxEntry.pending(tx.newId(), OutboxKind.TASK, NO_SHOW_TASK, Map.of("appointmentId", r.id().toString()),
                r.start().plus(settings.noShowGrace()), cancelKey(r.id()), tx.now()));
    }

    private static Map<String, String> values(AppointmentRecord r, UserRecord owner, Office office, String topic) {
        Map<String, String> values = new HashMap<>();
        values.put("when", local(r.start(), r.zone()));
        values.put("office", truncate(office.name(), 40));
        values.put("mode", MODE_LABELS.getOrDefault(owner.language(), MODE_LABELS.get(Language.IT)).get(r.mode()));
        values.put("topic", truncate(topic, 40));
        return values;
    }

    /** The .ics invitation (or cancellation), if the user has a verified e-mail address to receive it. */
    private List<EmailAttachment> invitation(Tx tx, AppointmentRecord r, UserRecord owner, Office office, String topic,
                                             boolean cancel) {
        Optional<ContactRecord> email = Notifier.verified(owner, Channel.EMAIL);
        if (email.isEmpty()) {
            return List.of();
        }
        String where = switch (r.mode()) {
            case IN_PERSON -> office.name();
            case PHONE_CALLBACK -> "Richiamata telefonica / phone callback";
            case VIDEO_CALL -> "Videochiamata / video call";
        };
        String description = topic + (r.joinLink() == null ? "" : "\n" + r.joinLink());
        Ics.Event event = new Ics.Event(r.id() + "@sportello", r.sequence(), tx.now(), r.start(), r.end(), r.zone(),
                topic + " – " + office.name(), description, where, r.joinLink() == null ? null : URI.create(r.joinLink()),
                office.name(), settings.organizer(), owner.name(), email.get().value());
        byte[] ics = cancel ? Ics.cancel(event) : Ics.request(event);
        return List.of(new EmailAttachment(cancel ? "annullamento.ics" : "appuntamento.ics",
                "text/calendar; method=" + (cancel ? "CANCEL" : "REQUEST") + "; charset=UTF-8", ics));
    }

    // ---------------------------------------------------------------- helpers

    /** Who is touching an appointment. */
    private enum Viewer { OWNER, OPERATOR, SERVICE }

    private Viewer authorize(Tx tx, AppointmentRecord r) {
        Principal principal = tx.principal();
        if (principal.actor() instanceof ServiceId) {
            return Viewer.SERVICE;
        }
        if (principal.actor() instanceof OperatorId operatorId) {
            Operator operator = offices.requireOperator(operatorId);
            if (!operator.office().equals(r.office())) {
                throw SportelloException.of(ErrorCode.ACCESS_WRONG_OFFICE, Map.of("operatorId", operatorId.toString(),
                        "office", r.office().value(), "objectType", "appointment", "objectId", r.id().toString()));
            }
            return Viewer.OPERATOR;
        }
        if (r.owner().equals(principal.subjectUser())) {
            return Viewer.OWNER;
        }
        throw Access.notOwner("appointment", r.id());
    }

    /** The operator working an appointment: of its office, and with sign language if it needs it. */
    private OperatorId servingOperator(Tx tx, AppointmentRecord r) {
        OperatorId id = Access.requireOperator(tx.principal(), Operation.APPOINTMENT_WORK);
        authorize(tx, r);
        if (r.signLanguage() && !offices.requireOperator(id).skills().contains(Skill.SIGN_LANGUAGE)) {
            throw SportelloException.of(ErrorCode.APT_SIGN_LANGUAGE_OPERATOR_REQUIRED, Map.of("appointmentId",
                    r.id().toString(), "objectType", "appointment", "objectId", r.id().toString()));
        }
        return id;
    }

    /** Operators act under the operation of their work; users under their own. */
    private static Operation operatorOr(Principal principal, Operation user) {
        return principal != null && principal.actor() instanceof OperatorId ? Operation.APPOINTMENT_WORK : user;
    }

    private void requireStaff(Principal principal, OfficeCode office) {
        if (principal.actor() instanceof ServiceId) {
            offices.require(office);
            return;
        }
        OperatorId id = Access.requireOperator(principal, Operation.APPOINTMENT_WORK);
        if (!offices.requireOperator(id).office().equals(office)) {
            throw SportelloException.of(ErrorCode.ACCESS_WRONG_OFFICE, Map.of("operatorId", id.toString(),
                    "office", office.value(), "objectType", "office", "objectId", office.value()));
        }
    }

    private static AppointmentRecord load(Tx tx, AppointmentId id) {
        return tx.stores().appointments().find(id).orElseThrow(() -> SportelloException.of(ErrorCode.APT_NOT_FOUND,
                Map.of("appointmentId", id.toString())));
    }

    /** Loads for a change; a stale version is a conflict before any state rule is checked. */
    private static AppointmentRecord loadForChange(Tx tx, AppointmentId id, long expectedVersion) {
        AppointmentRecord r = load(tx, id);
        if (r.version() != expectedVersion) {
            throw SportelloException.of(ErrorCode.CONCURRENT_MODIFICATION, Map.of("objectType", "appointment",
                    "objectId", id.toString(), "expectedVersion", Long.toString(expectedVersion)));
        }
        return r;
    }

    private static WaitlistRecord loadWaitlist(Tx tx, WaitlistEntryId id, long expectedVersion) {
        WaitlistRecord w = tx.stores().appointments().findWaitlist(id).orElseThrow(() -> SportelloException.of(
                ErrorCode.APT_WAITLIST_NOT_FOUND, Map.of("entryId", id.toString())));
        if (!w.entry().owner().equals(tx.principal().subjectUser())) {
            throw Access.notOwner("waitlist", id);
        }
        if (expectedVersion >= 0 && w.version() != expectedVersion) {
            throw SportelloException.of(ErrorCode.CONCURRENT_MODIFICATION, Map.of("objectType", "waitlist",
                    "objectId", id.toString(), "expectedVersion", Long.toString(expectedVersion)));
        }
        return w;
    }

    private static AppointmentRecord save(Tx tx, AppointmentRecord r, java.util.function.Consumer<AppointmentRecord.Builder> changes) {
        AppointmentRecord changed = r.with(changes, tx.now());
        tx.stores().appointments().update(changed, r.version());
        return changed;
    }

    private static void requireStatus(AppointmentRecord r, String action, AppointmentStatus... allowed) {
        for (AppointmentStatus status : allowed) {
            if (r.status() == status) {
                return;
            }
        }
        throw SportelloException.of(ErrorCode.APT_ILLEGAL_TRANSITION, Map.of("action", action, "appointmentId",
                r.id().toString(), "status", r.status().name()));
    }

    private BookingCalendar calendar(Office office, String topic) {
        return findCalendar(office, topic).orElseThrow(() -> fail(ErrorCode.APT_TOPIC_UNKNOWN, "topic",
                Map.of("office", office.code().value(), "topic", topic)));
    }

    private Optional<BookingCalendar> findCalendar(Office office, String topic) {
        return offices.directory().calendars(office.code()).stream().filter(c -> c.topic().code().equals(topic)).findFirst();
    }

    private static int requireMode(BookingCalendar calendar, ContactMode mode) {
        int seats = calendar.seats(mode);
        if (seats == 0) {
            throw fail(ErrorCode.APT_MODE_NOT_OFFERED, "mode", Map.of("mode", mode.name(), "topic", calendar.topic().code(),
                    "office", calendar.office().value()));
        }
        return seats;
    }

    private static void requireSignLanguageMode(ContactMode mode, boolean signLanguage) {
        if (signLanguage && mode != ContactMode.VIDEO_CALL) {
            throw fail(ErrorCode.APT_SIGN_LANGUAGE_VIDEO_ONLY, "signLanguage", Map.of());
        }
    }

    static String seatKey(BookingCalendar calendar, ContactMode mode, Instant start) {
        return seatKey(calendar.office(), calendar.topic().code(), mode, start);
    }

    static String seatKey(OfficeCode office, String topic, ContactMode mode, Instant start) {
        return "apt:seat:" + office.value() + ":" + topic + ":" + mode.name() + ":" + start.getEpochSecond();
    }

    private static String activeKey(UserId owner, BookingCalendar calendar) {
        return "apt:active:" + owner + ":" + calendar.topic().code();
    }

    private static String activeKey(AppointmentRecord r) {
        return "apt:active:" + r.owner() + ":" + r.topic();
    }

    private static List<String> blockKeys(OperatorId operator, GridSlot slot) {
        return blockKeys(operator, slot.start(), slot.end());
    }

    private static List<String> blockKeys(OperatorId operator, Instant start, Instant end) {
        long first = Math.floorDiv(start.getEpochSecond(), BLOCK_MINUTES * 60L);
        long last = Math.floorDiv(end.getEpochSecond() - 1, BLOCK_MINUTES * 60L);
        List<String> keys = new ArrayList<>();
        for (long block = first; block <= last; block++) {
            keys.add("apt:op:" + operator + ":" + block);
        }
        return keys;
    }

    private static String cancelKey(AppointmentId id) {
        return "appointment:" + id;
    }

    private static String local(Instant at, ZoneId zone) {
        return WHEN.format(at.atZone(zone));
    }

    private static String truncate(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }

    private static SportelloException fail(ErrorCode code, String field, Map<String, String> params) {
        if (code.category() == ErrorCategory.INVALID_INPUT) {
            return SportelloException.invalidField(code, field, params);
        }
        Map<String, String> details = new LinkedHashMap<>(params);
        details.put("field", field);
        return SportelloException.of(code, details);
    }

    static Appointment view(AppointmentRecord r) {
        return new Appointment(r.id(), r.owner(), r.bookedBy(), r.office(), r.topic(), r.mode(), r.start(), r.end(), r.zone(),
                r.signLanguage(), r.operator(), r.status(), r.joinLink() == null ? null : URI.create(r.joinLink()),
                r.callbackNumber(), r.sequence(), r.identityCheck(), r.assistance(), r.outcome(), r.outcomeText(),
                r.cancelReason(), r.createdAt(), r.updatedAt(), r.version());
    }
}
