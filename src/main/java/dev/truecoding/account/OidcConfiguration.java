package dev.truecoding.account;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;

/**
 * OpenID Connect sign-in, on when {@code OIDC_ISSUER_URI} is set. The issuer's discovery document gives the
 * endpoints and keys, so Clerk, Auth0, Keycloak or Google all work with the same three settings.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${truecoding.oidc.issuer-uri:}'.isBlank()")
class OidcConfiguration {

    static final String REGISTRATION_ID = "oidc";

    @Bean
    ClientRegistrationRepository clientRegistrationRepository(OidcProperties properties) {
        ClientRegistration registration = ClientRegistrations.fromIssuerLocation(properties.issuerUri())
                .registrationId(REGISTRATION_ID)
                .clientId(properties.clientId())
                .clientSecret(properties.clientSecret())
                .clientName(properties.displayName())
                .scope("openid", "profile", "email")
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .build();
        return new InMemoryClientRegistrationRepository(registration);
    }

    @ConfigurationProperties("truecoding.oidc")
    record OidcProperties(String issuerUri, String clientId, String clientSecret, @DefaultValue("your identity provider") String displayName) {

        @Override
        public String toString() {
            return "OidcProperties[" + issuerUri + ", clientId=" + clientId + "]";
        }
    }
}
