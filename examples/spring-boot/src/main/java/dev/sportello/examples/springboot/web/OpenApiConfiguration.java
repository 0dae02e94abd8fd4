package dev.sportello.examples.springboot.web;

import dev.sportello.OperatorId;
import dev.sportello.Principal;
import dev.sportello.TopicCode;
import dev.sportello.UserId;
import dev.sportello.appointments.AppointmentId;
import dev.sportello.dossiers.DocumentId;
import dev.sportello.dossiers.DossierId;
import dev.sportello.dossiers.DossierKindCode;
import dev.sportello.notifications.MessageKind;
import dev.sportello.notifications.NoticeId;
import dev.sportello.offices.OfficeCode;
import dev.sportello.requests.ProtocolNumber;
import dev.sportello.requests.RequestId;
import dev.sportello.users.ContactId;
import dev.sportello.users.EmailAddress;
import dev.sportello.users.MunicipalityCode;
import dev.sportello.users.PhoneNumber;
import dev.sportello.users.TaxCode;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * The OpenAPI description (springdoc, {@code /v3/api-docs}; the UI at {@code /swagger-ui.html}): the demo
 * headers as API-key schemes, so that the description says how a caller is identified here, and the api's
 * value types (ids, codes, tax codes) as the strings they are in JSON. The {@link Principal} parameter is
 * not a request parameter: the demo resolver makes it from the headers.
 *
 * <p>Thread-safe: Spring calls it once while the context starts.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {
    private static final List<Class<?>> TEXT_VALUES = List.of(UserId.class, OperatorId.class, RequestId.class,
            AppointmentId.class, ContactId.class, NoticeId.class, TopicCode.class, MessageKind.class, OfficeCode.class,
            ProtocolNumber.class, MunicipalityCode.class, TaxCode.class, EmailAddress.class, PhoneNumber.class,
            DossierId.class, DossierKindCode.class, DocumentId.class);

    static {
        SpringDocUtils config = SpringDocUtils.getConfig().addRequestWrapperToIgnore(Principal.class);
        TEXT_VALUES.forEach(type -> config.replaceWithClass(type, String.class));
    }

    /** Made by Spring. */
    public OpenApiConfiguration() {
    }

    /**
     * The description's head and the demo identification.
     *
     * @return the model, never null
     */
    @Bean
    OpenAPI sportelloExampleOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Sportello example API").version("demo")
                        .description("A Spring Boot application on the Sportello SDK. DEMO AUTHENTICATION: the caller is "
                                + "whoever the X-Demo-* headers claim; a real deployment authenticates with SPID/CIE in its "
                                + "security layer. Errors are application/problem+json with a stable 'code'."))
                .components(new Components()
                        .addSecuritySchemes("demoPrincipal", header(DemoPrincipalResolver.PRINCIPAL,
                                "DEMO ONLY, not authentication: user:<uuid> or operator:<uuid>"))
                        .addSecuritySchemes("demoCredential", header(DemoPrincipalResolver.CREDENTIAL,
                                "DEMO ONLY: the credential claimed, e.g. SPID_L2 or CIE")))
                .addSecurityItem(new SecurityRequirement().addList("demoPrincipal").addList("demoCredential"));
    }

    private static SecurityScheme header(String name, String description) {
        return new SecurityScheme().type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name(name)
                .description(description);
    }
}
