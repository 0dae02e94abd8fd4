package dev.sportello.examples.springboot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small Spring Boot application on the Sportello starter: REST endpoints for citizens
 * ({@code /api/citizen/**}) and operators ({@code /api/operator/**}), errors as Problem Details, an
 * OpenAPI description at {@code /v3/api-docs}. Memory storage (no database), offices and topics from
 * {@code application.yaml}. <b>Authentication is a demo</b>: see
 * {@link dev.sportello.examples.springboot.web.DemoPrincipalResolver}.
 *
 * <p>Not thread-safe; a program run from {@code main}.
 */
@SpringBootApplication
public class SportelloExampleApplication {

    /** Made by Spring. */
    public SportelloExampleApplication() {
    }

    /**
     * Starts the application.
     *
     * @param args Spring Boot's command-line arguments (e.g. {@code --server.port=8081})
     */
    public static void main(String[] args) {
        SpringApplication.run(SportelloExampleApplication.class, args);
    }
}
