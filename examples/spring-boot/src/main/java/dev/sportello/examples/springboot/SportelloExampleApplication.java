package dev.sportello.examples.springboot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Placeholder while the dependencies are resolved. */
@SpringBootApplication
public class SportelloExampleApplication {
    public static void main(String[] args) {
        SpringApplication.run(SportelloExampleApplication.class, args);
    }
}
