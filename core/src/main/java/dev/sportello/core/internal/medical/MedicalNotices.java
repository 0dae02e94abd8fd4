package dev.sportello.core.internal.medical;

import dev.sportello.Channel;
import dev.sportello.core.MedicalSettings;
import dev.sportello.core.internal.kernel.CommandValidator;
import dev.sportello.core.internal.kernel.TaskType;
import dev.sportello.core.internal.kernel.Tx;
import dev.sportello.core.internal.notifications.Notifier;
import dev.sportello.core.internal.notifications.ProactivePublisher;
import dev.sportello.core.internal.notifications.Recipient;
import dev.sportello.dossiers.DossierId;
import dev.sportello.medical.Audience;
import dev.sportello.medical.Guide;
import dev.sportello.medical.MedicalMessageKinds;
import dev.sportello.medical.spi.MedicalReportRecord;
import dev.sportello.medical.spi.MedicalReportStore;
import dev.sportello.notifications.CallToAction;
import dev.sportello.notifications.InboxNotice;
import dev.sportello.notifications.NoticeId;
import dev.sportello.notifications.PublishProactiveNotice;
import dev.sportello.notifications.Section;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The notice of an issued report (R-DOS-4, R-NOT-2), an outbox task written by the feed's transaction and run
 * by the dispatcher after commit: "Il tuo verbale sanitario è stato emesso" in the holder's inbox (always; a
 * minor's own inbox, which their parents read through the minor's delegation), the alert by SMS, e-mail and
 * push under the proactive consent rules, available for the guide's validity. A re-issue withdraws the
 * earlier notice's content and says that it replaces it. Outside the configured audience nothing is sent.
 *
 * <p>Thread-safe.
 */
final class MedicalNotices {
    /** What the task carries. */
    record Issued(DossierId dossier, int edition, String previousNotice) {
    }

    /** The task type; its name is persisted with the entries. */
    static final TaskType<Issued> TASK = new TaskType<>("medical.issued", MedicalNotices::encode, MedicalNotices::decode);

    private final ProactivePublisher publisher;
    private final Notifier notifier;
    private final GuideBuilder guides;
    private final MedicalSettings settings;
    private final CommandValidator validator;

    MedicalNotices(ProactivePublisher publisher, Notifier notifier, GuideBuilder guides, MedicalSettings settings,
                   CommandValidator validator) {
        this.publisher = publisher;
        this.notifier = notifier;
        this.guides = guides;
        this.settings = settings;
        this.validator = validator;
    }

    void run(Tx tx, Issued issued) {
        if (issued.previousNotice() != null) {
            publisher.withdraw(tx, NoticeId.of(issued.previousNotice()));
        }
        MedicalReportStore store = tx.store(MedicalReportStore.class);
        Optional<MedicalReportRecord> found = store.find(issued.dossier());
        if (found.isEmpty() || found.get().report().edition() != issued.edition()
                || !found.get().availableUntil().isAfter(tx.now())) {
            return;   // a later edition has its own task; an expired guide is not announced
        }
        MedicalReportRecord record = found.get();
        if (record.notice() != null && record.replacedEdition() != null) {
            // the earlier edition's notice, attached after this re-issue was decided: the store kept it for us
            publisher.withdraw(tx, record.notice());
        }
        Audience audience = AudienceRules.decide(record.report(), settings);
        if (!audience.offered()) {
            return;
        }
        Recipient recipient = notifier.recipients().of(tx, record.owner());
        Guide guide = guides.build(record, recipient.user().name(), recipient.language(), audience);
        // The notice says only that the guide is there: what the report holds (judgement, percentage, benefits,
        // the Disability Card) stays behind the guide's own read, MEDICAL_GUIDE_READ, which a mandate does not
        // reach and a weak credential does not pass.
        List<String> paragraphs = new ArrayList<>();
        if (record.replacedEdition() != null) {
            paragraphs.add(guides.text(recipient.language(), "reissued"));
        }
        paragraphs.add(guides.text(recipient.language(), "notice.body"));
        List<Section> sections = List.of(new Section(guide.title(), paragraphs, List.of()));
        List<CallToAction> actions = List.of();
        PublishProactiveNotice command = new PublishProactiveNotice(record.owner(),
                record.replacedEdition() == null ? MedicalMessageKinds.ISSUED : MedicalMessageKinds.REISSUED, guide.title(),
                sections, actions, Set.of(), EnumSet.of(Channel.SMS, Channel.EMAIL, Channel.PUSH),
                Duration.between(tx.now(), record.availableUntil()));
        validator.validate(command, "PublishProactiveNotice");
        InboxNotice notice = publisher.publish(tx, command);
        if (!store.attachNotice(record.dossier(), record.report().edition(), notice.id())) {
            publisher.withdraw(tx, notice.id());   // a re-issue was recorded meanwhile: its own task announces it
        }
    }

    private static Map<String, String> encode(Issued issued) {
        Map<String, String> out = new HashMap<>();
        out.put("dossier", issued.dossier().value());
        out.put("edition", Integer.toString(issued.edition()));
        if (issued.previousNotice() != null) {
            out.put("previousNotice", issued.previousNotice());
        }
        return out;
    }

    private static Issued decode(Map<String, String> in) {
        return new Issued(DossierId.of(in.get("dossier")), Integer.parseInt(in.get("edition")), in.get("previousNotice"));
    }
}
