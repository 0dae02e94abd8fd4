package dev.sportello.core.internal.requests;

import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;
import dev.sportello.TopicCode;
import dev.sportello.core.internal.kernel.Text;
import dev.sportello.requests.FieldType;
import dev.sportello.requests.Topic;
import dev.sportello.requests.TopicField;
import dev.sportello.users.CompanyRegistrationNumber;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The request topics (R-REQ-1): the seed topics of the institution's counter plus the integrator's,
 * each checking its fields and building its subject line.
 *
 * <p>Immutable and thread-safe.
 */
public final class TopicCatalog {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
    /** The fields of a personal-data change (R-DOS-3): each one a change; {@code change} for anything else. */
    static final List<String> PERSONAL_DATA_FIELDS = List.of("name", "address", "postalCode", "municipality", "phone",
            "email", "iban", "change");
    private final Map<TopicCode, Topic> topics;

    /** A checked topic: its normalised fields and subject line. */
    public record Checked(Topic topic, Map<String, String> fields, String subject) {
    }

    /**
     * The seed topics plus the integrator's (which replace seed topics with the same code).
     *
     * @param extra the integrator's topics
     * @return the catalogue
     */
    public static TopicCatalog with(List<Topic> extra) {
        Map<TopicCode, Topic> topics = new LinkedHashMap<>();
        seeds().forEach(t -> topics.put(t.code(), t));
        extra.forEach(t -> topics.put(t.code(), t));
        for (Topic topic : topics.values()) {
            Set<String> known = new java.util.HashSet<>(Set.of("dossier", "company"));
            topic.fields().forEach(f -> known.add(f.name()));
            Matcher m = PLACEHOLDER.matcher(topic.subjectPattern());
            while (m.find()) {
                if (!known.contains(m.group(1))) {
                    throw new IllegalArgumentException("topic " + topic.code() + " uses unknown placeholder " + m.group(1));
                }
            }
        }
        return new TopicCatalog(topics);
    }

    private TopicCatalog(Map<TopicCode, Topic> topics) {
        this.topics = Map.copyOf(topics);
    }

    static List<Topic> seeds() {
        return List.of(
                new Topic(TopicCode.GENERIC, "Richiesta generica",
                        List.of(new TopicField("subject", FieldType.TEXT, false, 120, List.of())), "{subject}", false, false),
                new Topic(TopicCode.CONTRIBUTORY_REGULARITY, "Regolarità contributiva",
                        List.of(TopicField.required("period", FieldType.PERIOD)),
                        "Regolarità contributiva – periodo {period}", false, false),
                new Topic(TopicCode.MONTHLY_DECLARATIONS, "DM trasmessi",
                        List.of(TopicField.required("month", FieldType.MONTH)), "DM trasmessi – {month}", false, true),
                new Topic(TopicCode.F24_PAYMENTS, "Versamenti F24",
                        List.of(TopicField.required("period", FieldType.PERIOD)), "Versamenti F24 – periodo {period}", false, false),
                new Topic(TopicCode.DOSSIER_STATUS, "Stato della pratica", List.of(), "Stato della pratica {dossier}", true, false),
                new Topic(TopicCode.PERSONAL_DATA_CHANGE, "Variazione dei dati anagrafici",
                        PERSONAL_DATA_FIELDS.stream().map(name -> new TopicField(name, FieldType.TEXT, false,
                                name.equals("change") ? 500 : 200, List.of())).toList(),
                        "Variazione dei dati anagrafici", false, false),
                new Topic(TopicCode.DOCUMENT_DELIVERY, "Invio di documenti",
                        List.of(TopicField.choice("document", "TAX_CERTIFICATE", "PENSION_SLIP", "DOMESTIC_WORK_PAYMENT_NOTICE"),
                                TopicField.required("year", FieldType.YEAR)),
                        "Invio documento {document} {year}", false, false));
    }

    /**
     * A topic.
     *
     * @param code the code
     * @return the topic
     * @throws dev.sportello.InvalidInputException with {@code REQ_TOPIC_UNKNOWN}
     */
    public Topic require(TopicCode code) {
        Topic topic = topics.get(code);
        if (topic == null) {
            throw SportelloException.invalidField(ErrorCode.REQ_TOPIC_UNKNOWN, "topic", Map.of("topic", code.code()));
        }
        return topic;
    }

    /**
     * Checks a submission's topic-specific parts.
     *
     * @param code    the topic
     * @param fields  the fields as given
     * @param dossier the dossier, or null
     * @param company the company, or null
     * @param today   today in the office's zone (for "not in the future")
     * @return the topic, the normalised fields and the subject line
     */
    public Checked check(TopicCode code, Map<String, String> fields, String dossier, CompanyRegistrationNumber company,
                         LocalDate today) {
        Topic topic = require(code);
        Map<String, TopicField> declared = new LinkedHashMap<>();
        topic.fields().forEach(f -> declared.put(f.name(), f));
        for (String name : fields.keySet()) {
            if (!declared.containsKey(name)) {
                throw SportelloException.invalidField(ErrorCode.REQ_FIELD_UNKNOWN, "fields." + name, Map.of("topic", code.code()));
            }
        }
        if (topic.needsDossier() && (dossier == null || dossier.isBlank())) {
            throw SportelloException.invalidField(ErrorCode.REQ_DOSSIER_REQUIRED, "dossier", Map.of("topic", code.code()));
        }
        if (topic.needsCompany() && company == null) {
            throw SportelloException.invalidField(ErrorCode.REQ_COMPANY_REQUIRED, "company", Map.of("topic", code.code()));
        }
        Map<String, String> normalised = new TreeMap<>();
        for (TopicField field : topic.fields()) {
            String raw = fields.get(field.name());
            String value = raw == null ? null : raw.strip();
            if (value == null || value.isEmpty()) {
                if (field.required()) {
                    throw SportelloException.invalidField(ErrorCode.REQ_FIELD_MISSING, "fields." + field.name(),
                            Map.of("topic", code.code()));
                }
                continue;
            }
            normalised.put(field.name(), checkValue(field, value, today));
        }
        if (code.equals(TopicCode.PERSONAL_DATA_CHANGE) && normalised.isEmpty()
                && topic.fields().stream().noneMatch(TopicField::required)) {
            throw SportelloException.invalidField(ErrorCode.REQ_FIELD_MISSING, "fields", Map.of("topic", code.code()));
        }
        Map<String, String> values = new LinkedHashMap<>(normalised);
        if (dossier != null) {
            values.put("dossier", dossier.strip());
        }
        if (company != null) {
            values.put("company", company.value());
        }
        Matcher m = PLACEHOLDER.matcher(topic.subjectPattern());
        StringBuilder subject = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(subject, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
        }
        m.appendTail(subject);
        String line = subject.toString().strip().replaceAll("\\s+", " ");
        if (line.isEmpty() || line.matches("[–-]+")) {
            line = topic.title();
        }
        return new Checked(topic, normalised, Text.truncate(line, 200));   // a subject line, derived: the fields keep the text
    }

    private static String checkValue(TopicField field, String value, LocalDate today) {
        String name = "fields." + field.name();
        switch (field.type()) {
            case TEXT -> {
                if (value.length() > field.maxLength()) {
                    throw invalid(name, "text of at most " + field.maxLength() + " characters");
                }
                return value;
            }
            case CHOICE -> {
                if (!field.choices().contains(value)) {
                    throw invalid(name, "one of " + field.choices());
                }
                return value;
            }
            case YEAR -> {
                Year year = parse(name, "a year such as 2025", () -> Year.parse(value));
                if (year.getValue() < 1900) {
                    throw invalid(name, "a year such as 2025");
                }
                if (year.isAfter(Year.from(today))) {
                    throw future(name);
                }
                return year.toString();
            }
            case MONTH -> {
                YearMonth month = parse(name, "a month such as 2026-03", () -> YearMonth.parse(value));
                if (month.isAfter(YearMonth.from(today))) {
                    throw future(name);
                }
                return month.toString();
            }
            case PERIOD -> {
                String[] parts = value.split("/", -1);
                if (parts.length > 2) {
                    throw invalid(name, "a month such as 2026-03 or a range such as 2026-01/2026-03");
                }
                YearMonth from = parse(name, "a month such as 2026-03 or a range such as 2026-01/2026-03",
                        () -> YearMonth.parse(parts[0].strip()));
                YearMonth to = parts.length == 2 ? parse(name, "a range such as 2026-01/2026-03",
                        () -> YearMonth.parse(parts[1].strip())) : from;
                if (to.isBefore(from)) {
                    throw invalid(name, "a range whose end is not before its start");
                }
                if (to.isAfter(YearMonth.from(today))) {
                    throw future(name);
                }
                return from.equals(to) ? from.toString() : from + "/" + to;
            }
            default -> throw new IllegalStateException("unknown field type " + field.type());
        }
    }

    private static <T> T parse(String field, String format, java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (DateTimeParseException e) {
            throw invalid(field, format);
        }
    }

    private static RuntimeException invalid(String field, String format) {
        return SportelloException.invalidField(ErrorCode.REQ_FIELD_INVALID, field, Map.of("format", format));
    }

    private static RuntimeException future(String field) {
        return SportelloException.invalidField(ErrorCode.REQ_PERIOD_IN_FUTURE, field, Map.of());
    }
}
