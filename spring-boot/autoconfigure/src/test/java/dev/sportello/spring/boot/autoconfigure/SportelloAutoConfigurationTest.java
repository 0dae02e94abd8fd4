package dev.sportello.spring.boot.autoconfigure;

import dev.sportello.ErrorCode;
import dev.sportello.Language;
import dev.sportello.Principal;
import dev.sportello.SportelloException;
import dev.sportello.adapters.jdbc.JdbcOfficeDirectory;
import dev.sportello.adapters.jdbc.JdbcStorage;
import dev.sportello.adapters.mail.SmtpEmailChannel;
import dev.sportello.adapters.memory.MemoryStorage;
import dev.sportello.adapters.memory.RecordingChannels;
import dev.sportello.core.SportelloSdk;
import dev.sportello.offices.spi.OfficeDirectory;
import dev.sportello.spi.DeliveryResult;
import dev.sportello.spi.EmailChannel;
import dev.sportello.spi.Instrumentation;
import dev.sportello.spi.UnitOfWork;
import dev.sportello.tck.TckOffices;
import dev.sportello.tck.TestData;
import dev.sportello.users.MunicipalityCode;
import dev.sportello.users.RegisterCitizen;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SportelloAutoConfigurationTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SportelloAutoConfiguration.class))
            .withPropertyValues(TestBeans.PORTAL_GRANTS);

    @Test
    void withoutADataSourceTheSdkRunsOnMemoryWithTheApplicationsDirectoryAndChannels() {
        runner.withUserConfiguration(TestBeans.class).run(context -> {
            assertThat(context).hasSingleBean(SportelloSdk.class).hasSingleBean(MemoryStorage.class)
                    .doesNotHaveBean(JdbcStorage.class).hasSingleBean(DispatcherLifecycle.class);
            assertThat(context.getBean(DispatcherLifecycle.class).isRunning()).isTrue();
            SportelloSdk sdk = context.getBean(SportelloSdk.class);
            var user = TestBeans.citizen(sdk);
            assertThat(TestBeans.submit(sdk, user).office()).isEqualTo(TckOffices.ROMA);
            assertThat(sdk.users().get(TestBeans.PORTAL, user.id()).id()).isEqualTo(user.id());
        });
    }

    @Test
    void aDataSourceGivesTheJdbcStorageMigratedAndTheJdbcOfficeDirectory() {
        runner.withUserConfiguration(H2.class).withPropertyValues("sportello.dispatcher.enabled=false").run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(JdbcStorage.class).hasSingleBean(JdbcOfficeDirectory.class)
                    .doesNotHaveBean(MemoryStorage.class).doesNotHaveBean(DispatcherLifecycle.class);
            JdbcOfficeDirectory directory = context.getBean(JdbcOfficeDirectory.class);
            assertThat(directory.offices()).isEmpty();      // the tables exist: migrated at start-up
        });
    }

    @Test
    void theApplicationsBeansBackTheDefaultsOff() {
        MemoryStorage storage = new MemoryStorage();
        EmailChannel email = message -> DeliveryResult.accepted("mine");
        Instrumentation instrumentation = new Instrumentation() {
        };
        runner.withUserConfiguration(TestBeans.class, H2.class)
                .withBean(UnitOfWork.class, () -> storage)
                .withBean("myEmail", EmailChannel.class, () -> email)
                .withBean(Instrumentation.class, () -> instrumentation)
                .withPropertyValues("sportello.mail.host=smtp.example.it", "sportello.mail.from=noreply@example.it")
                .run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(JdbcStorage.class)
                            .doesNotHaveBean(SmtpEmailChannel.class).doesNotHaveBean(ObservationInstrumentation.class);
                    assertThat(context.getBean(UnitOfWork.class)).isSameAs(storage);
                    assertThat(context.getBean(OfficeDirectory.class)).isNotInstanceOf(JdbcOfficeDirectory.class);
                });
        SportelloSdk mine = SportelloSdk.builder().unitOfWork(new MemoryStorage()).officeDirectory(TckOffices.directory())
                .appointments(a -> a.meetingProvider(new dev.sportello.adapters.memory.DeterministicMeetings())).build();
        runner.withBean(SportelloSdk.class, () -> mine).withPropertyValues("sportello.dispatcher.enabled=false")
                .run(context -> assertThat(context.getBean(SportelloSdk.class)).isSameAs(mine));
        mine.close();
    }

    @Test
    void customizersRunAfterTheProperties() {
        AtomicInteger calls = new AtomicInteger();
        runner.withUserConfiguration(TestBeans.class)
                .withBean(SportelloSdkCustomizer.class, () -> b -> calls.incrementAndGet())
                .run(context -> assertThat(calls).hasValue(1));
    }

    @Test
    void aMissingOfficeDirectoryFailsTheStartUpSayingWhatIsMissing() {
        runner.withPropertyValues("sportello.dispatcher.enabled=false").run(context -> {
            assertThat(context).hasFailed();
            assertThat(rootCause(context.getStartupFailure())).hasMessageContaining("Sportello needs an office directory")
                    .hasMessageContaining(OfficeDirectory.class.getName())
                    .hasMessageContaining("sportello.office-directory.from-database");
        });
        runner.withUserConfiguration(H2.class).withPropertyValues("sportello.office-directory.from-database=false")
                .run(context -> assertThat(rootCause(context.getStartupFailure()))
                        .hasMessageContaining("Sportello needs an office directory"));
    }

    @Test
    void aBadPropertyFailsTheStartUpNamingTheProperty() {
        fails("sportello.dispatcher.batch-size=0", "sportello.dispatcher.batch-size");
        fails("sportello.dispatcher.workers=65", "sportello.dispatcher.workers");
        fails("sportello.dispatcher.lease=500ms", "sportello.dispatcher.lease");
        fails("sportello.dispatcher.send-timeout=2m", "sportello.dispatcher.send-timeout");
        fails("sportello.dispatcher.max-backoff=1s", "sportello.dispatcher.max-backoff");
        fails("sportello.dispatcher.poll-interval=0s", "sportello.dispatcher.poll-interval");
        fails("sportello.users.code-digits=4", "sportello.users.code-digits");
        fails("sportello.notifications.quiet-hours-start=nine", "sportello.notifications.quiet-hours-start");
        fails("sportello.notifications.max-sms-segments=11", "sportello.notifications.max-sms-segments");
        fails("sportello.requests.max-total-size=1KB", "sportello.requests.max-total-size");
        fails("sportello.requests.pilot-offices=roma", "sportello.requests.pilot-offices");
        fails("sportello.appointments.join-early=2h", "sportello.appointments.join-early");
    }

    @Test
    void theSmtpChannelComesFromTheMailPropertiesWithoutItsPassword() {
        runner.withUserConfiguration(TestBeans.class)
                .withBean("noOtherEmail", RecordingChannels.class, RecordingChannels::new)
                .withPropertyValues("sportello.dispatcher.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(SmtpEmailChannel.class));
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(SportelloAutoConfiguration.class))
                .withBean(OfficeDirectory.class, TckOffices::directory)
                .withBean(dev.sportello.appointments.spi.MeetingProvider.class, dev.sportello.adapters.memory.DeterministicMeetings::new)
                .withPropertyValues("sportello.dispatcher.enabled=false", "sportello.mail.host=smtp.example.it",
                        "sportello.mail.port=2525", "sportello.mail.security=none", "sportello.mail.username=relay",
                        "sportello.mail.password=s3cret-pw", "sportello.mail.from=noreply@example.it",
                        "sportello.mail.from-name=INPS", "sportello.mail.reply-to=help@example.it")
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(SmtpEmailChannel.class);
                    assertThat(context.getBean(SmtpEmailChannel.class).toString()).contains("smtp.example.it")
                            .doesNotContain("s3cret-pw");
                });
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(SportelloAutoConfiguration.class))
                .withBean(OfficeDirectory.class, TckOffices::directory)
                .withPropertyValues("sportello.mail.host=smtp.example.it", "sportello.mail.from=noreply@example.it",
                        "sportello.mail.security=tls")
                .run(context -> assertThat(rootCause(context.getStartupFailure())).hasMessageContaining("sportello.mail.security"));
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(SportelloAutoConfiguration.class))
                .withBean(OfficeDirectory.class, TckOffices::directory)
                .withPropertyValues("sportello.mail.host=smtp.example.it")
                .run(context -> assertThat(((InvalidConfigurationPropertyValueException) rootCause(context.getStartupFailure()))
                        .getName()).isEqualTo("sportello.mail.from"));
    }

    @Test
    void withoutMicrometerThereIsNoInstrumentationAndNoMeters() {
        runner.withUserConfiguration(TestBeans.class).withClassLoader(new FilteredClassLoader("io.micrometer"))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(Instrumentation.class)
                        .doesNotHaveBean(EntryCounter.class).doesNotHaveBean("sportelloOutboxGauges"));
        runner.withUserConfiguration(TestBeans.class).withClassLoader(new FilteredClassLoader("io.micrometer.core"))
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(ObservationInstrumentation.class)
                        .doesNotHaveBean(EntryCounter.class).doesNotHaveBean("sportelloOutboxGauges"));
        runner.withUserConfiguration(TestBeans.class)
                .run(context -> assertThat(context).hasSingleBean(ObservationInstrumentation.class)
                        .hasSingleBean(EntryCounter.class).hasBean("sportelloOutboxGauges"));
    }

    @Test
    void withoutTheJdbcAdapterADataSourceIsIgnoredAndMemoryIsUsed() {
        runner.withUserConfiguration(TestBeans.class, H2.class)
                .withClassLoader(new FilteredClassLoader(JdbcStorage.class))
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(MemoryStorage.class));
    }

    @Test
    void servicesMayDoWhatThePropertiesGrantThemAndNothingElse() {
        runner.withUserConfiguration(TestBeans.class).withPropertyValues("sportello.dispatcher.enabled=false",
                "sportello.services.registry=USER_REGISTER").run(context -> {
            SportelloSdk sdk = context.getBean(SportelloSdk.class);
            var user = TestBeans.citizen(sdk);
            Principal registry = Principal.service("registry");
            assertThat(sdk.users().register(registry, new RegisterCitizen(TestData.adultTaxCode(), "Anna Verdi",
                    new MunicipalityCode("H501"), Language.IT)).name()).isEqualTo("Anna Verdi");
            assertThatThrownBy(() -> sdk.users().get(registry, user.id())).isInstanceOfSatisfying(
                    SportelloException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_SERVICE_NOT_GRANTED));
            assertThatThrownBy(() -> sdk.users().get(Principal.service("stranger"), user.id()))
                    .isInstanceOfSatisfying(SportelloException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_SERVICE_NOT_GRANTED));
        });
        fails("sportello.services[not a name]=USER_READ", "sportello.services.not a name");
    }

    private void fails(String property, String named) {
        runner.withUserConfiguration(TestBeans.class).withPropertyValues(property).run(context -> {
            assertThat(context).hasFailed();
            Throwable cause = rootCause(context.getStartupFailure());
            assertThat(cause).as(property).isInstanceOf(InvalidConfigurationPropertyValueException.class);
            assertThat(((InvalidConfigurationPropertyValueException) cause).getName()).as(property).isEqualTo(named);
        });
    }

    static Throwable rootCause(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    /** An H2 database in PostgreSQL mode, one per context. */
    @Configuration(proxyBeanMethods = false)
    static class H2 {
        private static final AtomicInteger DATABASES = new AtomicInteger();

        @Bean
        DataSource dataSource() {
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL("jdbc:h2:mem:boot" + DATABASES.incrementAndGet() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
            ds.setUser("sa");
            return ds;
        }
    }
}
