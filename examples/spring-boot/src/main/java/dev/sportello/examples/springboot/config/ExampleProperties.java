package dev.sportello.examples.springboot.config;

import dev.sportello.appointments.ContactMode;
import dev.sportello.appointments.InformationLevel;
import dev.sportello.offices.OperatorRole;
import dev.sportello.offices.Skill;
import dev.sportello.requests.FieldType;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The example's own {@code example.*} properties: the offices (with their operators and booking calendars)
 * and the request topics. The starter reads its office directory from the database tables when the
 * application has a {@code DataSource}, and takes topics from a {@code SportelloSdkCustomizer}; an
 * application on memory storage, as this one, gives both itself. {@link ExampleSdkConfiguration} turns
 * these properties into a {@code MemoryOfficeDirectory} bean and a customizer; a value the SDK refuses
 * stops the start-up naming the property.
 *
 * <p>Immutable once bound; thread-safe.
 *
 * @param offices the offices, not null after binding (empty when none is configured)
 * @param topics  the integrator's request topics, added to the SDK's seed topics; not null after binding
 */
@ConfigurationProperties("example")
public record ExampleProperties(@DefaultValue List<OfficeProperties> offices, @DefaultValue List<TopicProperties> topics) {

    /**
     * An office.
     *
     * @param code           the office code, e.g. {@code ROMA-TIBURTINO}
     * @param name           the name shown to users
     * @param zone           the time zone, e.g. {@code Europe/Rome}
     * @param openingHours   the weekday opening ranges, e.g. {@code 08:30-12:30}
     * @param patronSaint    the local holiday as {@code MM-DD}, or null
     * @param municipalities the cadastral codes of the municipalities it is competent for
     * @param operators      its operators
     * @param calendars      its booking calendars
     */
    public record OfficeProperties(String code, String name, @DefaultValue("Europe/Rome") String zone,
                                   @DefaultValue List<String> openingHours, String patronSaint,
                                   @DefaultValue List<String> municipalities, @DefaultValue List<OperatorProperties> operators,
                                   @DefaultValue List<CalendarProperties> calendars) {
    }

    /**
     * An operator of the office.
     *
     * @param id           the operator's UUID (what the identity provider of the back office gives)
     * @param name         the name shown to users
     * @param roles        the roles
     * @param skills       the skills (e.g. {@code SIGN_LANGUAGE})
     * @param availability the weekday ranges in which the operator serves appointments
     */
    public record OperatorProperties(String id, String name, @DefaultValue Set<OperatorRole> roles,
                                     @DefaultValue Set<Skill> skills, @DefaultValue List<String> availability) {
    }

    /**
     * A booking calendar of the office.
     *
     * @param topic         the appointment topic code, e.g. {@code PENSION_INFO}
     * @param title         the topic's title shown to users
     * @param level         first- or second-level information
     * @param hours         the weekday ranges of the service
     * @param slotLength    the length of a slot
     * @param capacity      seats per slot by contact mode
     * @param minimumNotice how long before a slot bookings close
     * @param horizonDays   how many days ahead bookings open
     */
    public record CalendarProperties(String topic, String title, @DefaultValue("FIRST") InformationLevel level,
                                     @DefaultValue List<String> hours, @DefaultValue("30m") Duration slotLength,
                                     @DefaultValue Map<ContactMode, Integer> capacity,
                                     @DefaultValue("1h") Duration minimumNotice, @DefaultValue("60") int horizonDays) {
    }

    /**
     * A request topic.
     *
     * @param code           the topic code
     * @param title          the title shown to users
     * @param subjectPattern the subject line, with {@code {field}} placeholders
     * @param needsDossier   whether a dossier reference is required
     * @param fields         the fields the topic asks for
     */
    public record TopicProperties(String code, String title, String subjectPattern, boolean needsDossier,
                                  @DefaultValue List<FieldProperties> fields) {
    }

    /**
     * A field of a request topic.
     *
     * @param name      the field name, lower camel case
     * @param type      the type
     * @param required  whether it must be given
     * @param maxLength for text, the longest value
     * @param choices   for {@code CHOICE}, the allowed values
     */
    public record FieldProperties(String name, @DefaultValue("TEXT") FieldType type, @DefaultValue("true") boolean required,
                                  @DefaultValue("200") int maxLength, @DefaultValue List<String> choices) {
    }
}
