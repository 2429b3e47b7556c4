package dev.truecoding.system;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** Names the API in /v3/api-docs and lets Swagger UI send a personal access token. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info = @Info(title = "True Coding API", version = "1",
                description = "Projects, plans, chat and tokens. Authenticate with a personal access token "
                        + "(Settings → Access tokens) as 'Authorization: Bearer <token>'."),
        security = @SecurityRequirement(name = "token"))
@SecurityScheme(name = "token", type = SecuritySchemeType.HTTP, scheme = "bearer", description = "A personal access token (tcp_…)")
class OpenApiConfiguration {
}
