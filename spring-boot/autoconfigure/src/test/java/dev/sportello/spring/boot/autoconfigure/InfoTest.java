package dev.sportello.spring.boot.autoconfigure;

import dev.sportello.spi.SpiVersion;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The Actuator info contribution: the SDK and SPI versions; backs off; absent without Actuator. */
class InfoTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SportelloAutoConfiguration.class))
            .withUserConfiguration(TestBeans.class)
            .withPropertyValues("sportello.dispatcher.enabled=false");

    @Test
    void theContributorGivesTheSdkVersionOfTheBuildAndTheSpiVersionOfTheApi() throws IOException {
        String projectVersion = buildVersion();
        assertThat(projectVersion).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        runner.run(context -> {
            InfoContributor contributor = context.getBean("sportelloInfoContributor", InfoContributor.class);
            Info.Builder builder = new Info.Builder();
            contributor.contribute(builder);
            Info info = builder.build();
            assertThat(info.getDetails()).containsOnlyKeys("sportello");
            assertThat(info.get("sportello")).isEqualTo(Map.of("version", projectVersion, "spi", SpiVersion.CURRENT));
        });
    }

    @Test
    void aVersionLeftUnfilteredIsReportedAsUnknownNotAsThePlaceholder() {
        assertThat(InfoConfiguration.details("unknown")).containsEntry("version", "unknown");
        assertThat(InfoConfiguration.sdkVersion()).doesNotContain("${").isNotBlank();
    }

    @Test
    void theApplicationsOwnContributorOfThatNameWins() {
        runner.withUserConfiguration(OwnContributor.class).run(context -> {
            Info.Builder builder = new Info.Builder();
            context.getBean("sportelloInfoContributor", InfoContributor.class).contribute(builder);
            assertThat(builder.build().getDetails()).containsOnly(Map.entry("sportello", "ours"));
        });
    }

    @Test
    void withoutActuatorThereIsNoContributor() {
        runner.withClassLoader(new FilteredClassLoader(InfoContributor.class))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).doesNotHaveBean("sportelloInfoContributor");
                });
    }

    /** What the build wrote, read independently of the contributor's own reading. */
    private static String buildVersion() throws IOException {
        try (InputStream in = InfoConfiguration.class.getResourceAsStream(InfoConfiguration.VERSION_RESOURCE)) {
            assertThat(in).as("the filtered version resource").isNotNull();
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("sdk.version");
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnContributor {
        @Bean
        InfoContributor sportelloInfoContributor() {
            return builder -> builder.withDetail("sportello", "ours");
        }
    }
}
