package dev.sportello.examples.springboot.web;

import dev.sportello.adapters.jackson.SportelloJson;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/**
 * The web layer's wiring: JSON through the Sportello Jackson module and the demo principal resolver.
 *
 * <p>The {@code JsonMapper} bean is {@link SportelloJson#builder()}'s (the api types in their JSON form,
 * limits for untrusted input, unknown properties refused); Spring Boot's own mapper backs off, and Spring
 * MVC reads and writes bodies with this one. Spring's {@code ProblemDetail} mix-in is added for the
 * framework refusals that keep Spring's problem document.
 *
 * <p>Thread-safe: Spring calls it once while the context starts.
 */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {

    /** Made by Spring. */
    public WebConfiguration() {
    }

    /**
     * The application's JSON mapper.
     *
     * @return the mapper, never null; immutable and thread-safe
     */
    @Bean
    JsonMapper jsonMapper() {
        return SportelloJson.builder().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new DemoPrincipalResolver());
    }
}
