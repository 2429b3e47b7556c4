package dev.truecoding.account;

import dev.truecoding.system.PendingIdea;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/**
 * One filter chain for pages, the JSON API and (later) git: a browser session, or a personal access token as
 * a bearer token. Forms and cookie-authenticated API calls need a CSRF token; bearer-token calls cannot be
 * forged by another site, so they are exempt.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration implements WebMvcConfigurer {

    private static final String[] PUBLIC = {
            "/", "/signup", HandleCheckController.PATH, "/login", "/error", PendingIdea.PENDING_PATH, "/css/**", "/js/**", "/webjars/**", "/images/**", "/favicon.ico", "/favicon.svg",
            "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html"};

    private static final String GIT = "/git/**";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, PersonalAccessTokens tokens,
                                            ObjectProvider<ClientRegistrationRepository> oidc,
                                            AccountService accounts, UserRepository users) throws Exception {
        var problemEntryPoint = new ProblemAuthenticationEntryPoint();
        http
                .authorizeHttpRequests(requests -> requests
                        // A stream's closing ASYNC dispatch was authorized as its REQUEST; a bearer token is not
                        // re-read for it, so it must not be checked again (nor the ERROR dispatch of /error).
                        .dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll()
                        .requestMatchers(PUBLIC).permitAll()
                        // git's smart HTTP: the git module's own filter checks HTTP basic (email + access token)
                        // and answers git's 401 challenge; a session or a login redirect would mean nothing to git.
                        .requestMatchers(GIT).permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/login")
                        .usernameParameter("email")
                        .successHandler(afterSignIn())
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?signedOut"))
                .csrf(csrf -> csrf
                        .ignoringRequestMatchers(PersonalAccessTokenFilter::hasBearerToken)
                        // git pushes POST with basic credentials, never a cookie: nothing another site could forge.
                        .ignoringRequestMatchers(GIT))
                .addFilterBefore(new PersonalAccessTokenFilter(tokens, problemEntryPoint), AnonymousAuthenticationFilter.class)
                .addFilterAfter(new FreshAccountFilter(users), AnonymousAuthenticationFilter.class)
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(problemEntryPoint, PathPatternRequestMatcher.withDefaults().matcher("/api/**"))
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), AnyRequestMatcher.INSTANCE))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data: https:; style-src 'self' 'unsafe-inline'; "
                                        + "script-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(
                                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        if (oidc.getIfAvailable() != null) {
            http.oauth2Login(login -> login
                    .loginPage("/login")
                    .successHandler(afterSignIn())
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new OidcAccountUserService(accounts))));
        }
        return http.build();
    }

    /** The only provider of the global authentication manager: form login goes through the sign-in throttle. */
    @Bean
    AuthenticationProvider passwordSignIn(UserRepository users, PasswordEncoder passwordEncoder, SignInThrottle throttle) {
        var passwords = new DaoAuthenticationProvider(new LocalAccountDetailsService(users));
        passwords.setPasswordEncoder(passwordEncoder);
        return new ThrottledPasswordSignIn(passwords, throttle);
    }

    /**
     * After signing in: an idea typed on the home page before (kept in the session) becomes a project; otherwise
     * the page that asked for sign-in, or the dashboard.
     */
    private static AuthenticationSuccessHandler afterSignIn() {
        var savedRequestOrDashboard = new SavedRequestAwareAuthenticationSuccessHandler();
        savedRequestOrDashboard.setDefaultTargetUrl("/projects");
        return (request, response, authentication) -> {
            if (PendingIdea.peek(request).isPresent()) {
                response.sendRedirect(request.getContextPath() + PendingIdea.CONTINUE_PATH);
            } else {
                savedRequestOrDashboard.onAuthenticationSuccess(request, response, authentication);
            }
        };
    }

    /** {bcrypt} today, with the algorithm's name stored in the hash so a stronger one can replace it later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new SignedInUserArgumentResolver());
    }

    @Override
    public void addInterceptors(org.springframework.web.servlet.config.annotation.InterceptorRegistry registry) {
        registry.addInterceptor(new CurrentUserInterceptor());
    }
}
