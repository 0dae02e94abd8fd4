package dev.sportello.examples.springboot.config;

import dev.sportello.offices.OfficeCode;
import dev.sportello.users.MunicipalityCode;
import dev.sportello.offices.spi.OfficeDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** The example's offices from properties; a value the SDK refuses stops the start-up naming the property. */
class ExampleSdkConfigurationTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(ExampleSdkConfiguration.class)
            .withPropertyValues("example.offices[0].code=ROMA-EUR", "example.offices[0].name=Roma EUR",
                    "example.offices[0].opening-hours[0]=08:30-12:30", "example.offices[0].municipalities[0]=H501");

    @Test
    void anOfficeFromPropertiesIsInTheDirectory() {
        runner.run(context -> {
            OfficeDirectory directory = context.getBean(OfficeDirectory.class);
            assertThat(directory.office(new OfficeCode("ROMA-EUR"))).hasValueSatisfying(o -> assertThat(o.name()).isEqualTo("Roma EUR"));
            assertThat(directory.officeFor(new MunicipalityCode("H501"))).contains(new OfficeCode("ROMA-EUR"));
        });
    }

    @Test
    void aBadOfficeCodeAnHourRangeOrAZoneNamesItsProperty() {
        expectRefusal("example.offices[0].code=roma eur", "example.offices[0].code");
        expectRefusal("example.offices[0].opening-hours[0]=8-12", "example.offices[0].opening-hours");
        expectRefusal("example.offices[0].zone=Europe/Nowhere", "example.offices[0].zone");
        expectRefusal("example.topics[0].code=lower", "example.topics[0].code");
    }

    private void expectRefusal(String property, String named) {
        runner.withPropertyValues(property).run(context -> {
            assertThat(context).hasFailed();
            Throwable failure = context.getStartupFailure();
            while (failure != null && !(failure instanceof InvalidConfigurationPropertyValueException)) {
                failure = failure.getCause();
            }
            assertThat(failure).as(property).isInstanceOfSatisfying(InvalidConfigurationPropertyValueException.class,
                    e -> assertThat(e.getName()).isEqualTo(named));
        });
    }
}
