package dev.sportello.examples.springboot.config;

import dev.sportello.OperatorId;
import dev.sportello.SportelloException;
import dev.sportello.TopicCode;
import dev.sportello.adapters.memory.ConsoleChannels;
import dev.sportello.adapters.memory.DeterministicMeetings;
import dev.sportello.adapters.memory.MemoryOfficeDirectory;
import dev.sportello.appointments.AppointmentTopic;
import dev.sportello.appointments.BookingCalendar;
import dev.sportello.appointments.spi.MeetingProvider;
import dev.sportello.examples.springboot.config.ExampleProperties.CalendarProperties;
import dev.sportello.examples.springboot.config.ExampleProperties.FieldProperties;
import dev.sportello.examples.springboot.config.ExampleProperties.OfficeProperties;
import dev.sportello.examples.springboot.config.ExampleProperties.OperatorProperties;
import dev.sportello.examples.springboot.config.ExampleProperties.TopicProperties;
import dev.sportello.offices.Office;
import dev.sportello.offices.OfficeCode;
import dev.sportello.offices.Operator;
import dev.sportello.offices.WeeklyHours;
import dev.sportello.offices.spi.OfficeDirectory;
import dev.sportello.requests.Topic;
import dev.sportello.requests.TopicField;
import dev.sportello.spring.boot.autoconfigure.SportelloSdkCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.DateTimeException;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the starter does not make on memory storage, from the {@code example.*} properties: the office
 * directory, the request topics, a meeting provider for video calls and the channels.
 *
 * <p>The channels are {@link ConsoleChannels}: every SMS and e-mail is printed to the console (destinations
 * masked, content as is), so that the verification codes can be read when trying the endpoints with curl.
 * A real deployment defines its SMS, e-mail and push channels as beans (or sets {@code sportello.mail.*});
 * the integration test replaces these with a {@code @Primary} recording bean. The meetings are
 * {@link DeterministicMeetings} (links computed, no video platform called).
 *
 * <p>Thread-safe: Spring calls it once while the context starts.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ExampleProperties.class)
public class ExampleSdkConfiguration {

    /** Made by Spring. */
    public ExampleSdkConfiguration() {
    }

    /**
     * The office directory from {@code example.offices}.
     *
     * @param properties the bound properties, not null
     * @return the directory, never null
     * @throws InvalidConfigurationPropertyValueException naming the property the SDK refused
     */
    @Bean
    OfficeDirectory officeDirectory(ExampleProperties properties) {
        MemoryOfficeDirectory.Builder directory = MemoryOfficeDirectory.builder();
        for (int i = 0; i < properties.offices().size(); i++) {
            addOffice(directory, "example.offices[" + i + "]", properties.offices().get(i));
        }
        return checked("example.offices", properties.offices().size() + " offices", directory::build);
    }

    /**
     * The topics of {@code example.topics}, handed to the SDK's request settings.
     *
     * @param properties the bound properties, not null
     * @return the customizer, never null
     * @throws InvalidConfigurationPropertyValueException naming the property the SDK refused
     */
    @Bean
    SportelloSdkCustomizer exampleTopics(ExampleProperties properties) {
        List<Topic> topics = new ArrayList<>();
        for (int i = 0; i < properties.topics().size(); i++) {
            topics.add(topic("example.topics[" + i + "]", properties.topics().get(i)));
        }
        return builder -> builder.requests(requests -> topics.forEach(requests::topic));
    }

    /**
     * Video-call rooms with computed links (no video platform is called).
     *
     * @return the provider, never null
     */
    @Bean
    MeetingProvider meetingProvider() {
        return new DeterministicMeetings("https://meet.example.invalid/room/", "spring-boot-example");
    }

    /**
     * SMS, e-mail, push and events printed to the console.
     *
     * @return the channels, never null
     */
    @Bean
    ConsoleChannels consoleChannels() {
        return new ConsoleChannels(System.out, false);
    }

    private static void addOffice(MemoryOfficeDirectory.Builder directory, String at, OfficeProperties office) {
        OfficeCode code = checked(at + ".code", office.code(), () -> new OfficeCode(office.code()));
        ZoneId zone = checked(at + ".zone", office.zone(), () -> ZoneId.of(office.zone()));
        WeeklyHours hours = weekdays(at + ".opening-hours", office.openingHours());
        MonthDay patron = office.patronSaint() == null ? null
                : checked(at + ".patron-saint", office.patronSaint(), () -> MonthDay.parse("--" + office.patronSaint()));
        Office built = checked(at, office.code(), () -> new Office(code, office.name(), zone, hours, patron));
        checked(at + ".municipalities", office.municipalities(),
                () -> directory.office(built, office.municipalities().toArray(String[]::new)));
        for (int i = 0; i < office.operators().size(); i++) {
            OperatorProperties operator = office.operators().get(i);
            String where = at + ".operators[" + i + "]";
            OperatorId id = checked(where + ".id", operator.id(), () -> OperatorId.of(operator.id()));
            WeeklyHours availability = weekdays(where + ".availability", operator.availability());
            checked(where, operator.id(), () -> directory.operator(new Operator(id, code, operator.name(),
                    operator.roles(), operator.skills(), availability)));
        }
        for (int i = 0; i < office.calendars().size(); i++) {
            CalendarProperties calendar = office.calendars().get(i);
            String where = at + ".calendars[" + i + "]";
            AppointmentTopic topic = checked(where + ".topic", calendar.topic(),
                    () -> new AppointmentTopic(TopicCode.of(calendar.topic()), calendar.title(), calendar.level()));
            WeeklyHours service = weekdays(where + ".hours", calendar.hours());
            checked(where, calendar.topic(), () -> directory.calendar(new BookingCalendar(code, topic, service,
                    calendar.slotLength(), calendar.capacity(), calendar.minimumNotice(), calendar.horizonDays())));
        }
    }

    private static Topic topic(String at, TopicProperties topic) {
        List<TopicField> fields = new ArrayList<>();
        for (int i = 0; i < topic.fields().size(); i++) {
            FieldProperties field = topic.fields().get(i);
            fields.add(checked(at + ".fields[" + i + "]", field.name(), () -> new TopicField(field.name(), field.type(),
                    field.required(), field.maxLength(), field.choices())));
        }
        TopicCode code = checked(at + ".code", topic.code(), () -> TopicCode.of(topic.code()));
        return checked(at, topic.code(), () -> new Topic(code, topic.title(), fields,
                topic.subjectPattern() == null ? topic.title() : topic.subjectPattern(), topic.needsDossier(), false));
    }

    private static WeeklyHours weekdays(String at, List<String> ranges) {
        return checked(at, ranges, () -> WeeklyHours.weekdays(ranges.toArray(String[]::new)));
    }

    /** Runs a factory of the SDK; a refusal stops the start-up naming the property and the SDK's reason. */
    private static <T> T checked(String property, Object value, Supplier<T> factory) {
        try {
            return factory.get();
        } catch (SportelloException e) {
            throw new InvalidConfigurationPropertyValueException(property, value, e.getMessage());
        } catch (DateTimeException e) {
            throw new InvalidConfigurationPropertyValueException(property, value, property.endsWith(".zone")
                    ? "not a time-zone id such as Europe/Rome" : "not a day written MM-DD");
        }
    }
}
