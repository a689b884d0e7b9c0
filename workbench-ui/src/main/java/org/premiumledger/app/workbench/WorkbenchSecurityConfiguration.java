package org.premiumledger.app.workbench;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.premiumledger.app.staff.Roles;
import org.premiumledger.app.staff.SignOutAudit;
import org.premiumledger.app.workbench.signin.SecondFactorView;
import org.premiumledger.app.workbench.signin.SignInView;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * The workbench's security: form sign-in through Vaadin's configurer (CSRF, session fixation and
 * request cache as Spring Security and Vaadin set them up), then the second factor on its own page.
 * Every view and service method is authorized by role on the server ({@code @RolesAllowed}).
 *
 * <p>This chain matches every request and has the lowest precedence, so that a chain for {@code
 * /api/**} (bearer API keys) declared with a higher precedence takes those requests first; without
 * one they would meet this chain and be sent to sign in, never let through.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class WorkbenchSecurityConfiguration {

  @Bean
  @Order(Ordered.LOWEST_PRECEDENCE)
  SecurityFilterChain workbenchSecurityFilterChain(HttpSecurity http, SignOutAudit signOutAudit)
      throws Exception {
    http.authorizeHttpRequests(
        requests ->
            requests
                .requestMatchers(EndpointRequest.to(HealthEndpoint.class))
                .permitAll()
                .requestMatchers(EndpointRequest.toAnyEndpoint())
                .hasRole(Roles.ADMINISTRATOR)
                .requestMatchers("/styles/**")
                .permitAll());
    http.with(
        VaadinSecurityConfigurer.vaadin(),
        vaadin ->
            vaadin
                .loginView(SignInView.class)
                .defaultSuccessUrl("/" + SecondFactorView.ROUTE, true)
                .addLogoutHandler(signOutAudit));
    http.addFilterAfter(new SecondFactorRedirectFilter(), AnonymousAuthenticationFilter.class);
    return http.build();
  }
}
