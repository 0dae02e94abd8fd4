package dev.sportello.spring.boot.autoconfigure;

import dev.sportello.spi.SpiVersion;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * An Actuator {@code info} contribution ({@code sportelloInfoContributor}) when Spring Boot's Actuator is on
 * the classpath: {@code "sportello": {"version": <SDK version>, "spi": <SPI version>}}. The SDK version is
 * the version of the Sportello artifacts this starter was built with (the BOM keeps them equal); the SPI
 * version is {@link SpiVersion#CURRENT} of the api jar on the classpath. Backs off when the application
 * defines a bean of that name.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(InfoContributor.class)
class InfoConfiguration {
    static final String VERSION_RESOURCE = "sportello-version.properties";

    @Bean
    @ConditionalOnMissingBean(name = "sportelloInfoContributor")
    InfoContributor sportelloInfoContributor() {
        Map<String, String> details = details(sdkVersion());
        return builder -> builder.withDetail("sportello", details);
    }

    /** The details: the SDK version and the SPI version, in that order. */
    static Map<String, String> details(String sdkVersion) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("version", sdkVersion);
        details.put("spi", SpiVersion.CURRENT);
        return Collections.unmodifiableMap(details);
    }

    /** The SDK version the build wrote into {@value #VERSION_RESOURCE}, or "unknown" when it is absent. */
    static String sdkVersion() {
        try (InputStream in = InfoConfiguration.class.getResourceAsStream(VERSION_RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("sdk.version", "").strip();
            return version.isEmpty() || version.startsWith("${") ? "unknown" : version;
        } catch (IOException e) {
            throw new UncheckedIOException("the SDK version cannot be read from " + VERSION_RESOURCE, e);
        }
    }
}
