package dev.truecoding.git.local;

import dev.truecoding.account.AccountService;
import org.eclipse.jgit.http.server.GitServlet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * git's smart HTTP at {@code /git/<handle>/<name>.git}, served by JGit's {@link GitServlet} beside Spring MVC.
 * Spring Security lets {@code /git/**} through (see {@code SecurityConfiguration}); {@link GitBasicAuthFilter} is
 * the gate, and {@link OwnerRepositoryResolver} hands out only the signed-in person's repositories.
 */
@Configuration(proxyBeanMethods = false)
class GitHttpConfiguration {

    static final String PATH = "/git/*";

    @Bean
    ServletRegistrationBean<GitServlet> gitServlet(LocalRepositories repositories, ObjectProvider<AccountService> accounts) {
        GitServlet servlet = new GitServlet();
        servlet.setRepositoryResolver(new OwnerRepositoryResolver(repositories, accounts));
        servlet.setReceivePackFactory(new OwnerReceivePackFactory());
        var registration = new ServletRegistrationBean<>(servlet, PATH);
        registration.setName("git");
        registration.setLoadOnStartup(1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<GitBasicAuthFilter> gitBasicAuthFilter(ObjectProvider<AccountService> accounts) {
        // Filters are built while the web server starts, before the database is ready: the account service
        // is looked up at the first request, not here.
        var registration = new FilterRegistrationBean<>(new GitBasicAuthFilter(accounts));
        registration.addUrlPatterns(PATH);
        registration.setName("gitBasicAuth");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE);
        return registration;
    }

    /** Ahead of the credentials check: a browser opening a clone address is sent to the page, not asked for a token. */
    @Bean
    FilterRegistrationBean<RepositoryPageRedirectFilter> repositoryPageRedirectFilter() {
        var registration = new FilterRegistrationBean<>(new RepositoryPageRedirectFilter());
        registration.addUrlPatterns(PATH);
        registration.setName("gitRepositoryPageRedirect");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 1);
        return registration;
    }
}
