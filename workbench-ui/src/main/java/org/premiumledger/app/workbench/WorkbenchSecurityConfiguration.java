package org.premiumledger.app.workbench;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.premiumledger.app.staff.Roles;
import org.premiumledger.app.staff.SignOutAudit;
import org.premiumledger.app.workbench.signin.SecondFactorView;
import org.premiumledger.app.workbench.signin.SignInView;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * The workbench's security: form sign-in through Vaadin's configurer (session fixation and request
 * cache as Spring Security and Vaadin set them up; CSRF on the sign-in form too), then the second
 * factor on its own page. Every view and service method is authorized by role on the server
 * ({@code @RolesAllowed}).
 *
 * <p>This chain matches every request and has the lowest precedence, so that a chain for {@code
 * /api/**} (bearer API keys) declared with a higher precedence takes those requests first; without
 * one they would meet this chain and be sent to sign in, never let through.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class WorkbenchSecurityConfiguration {

  /** Vaadin-aware, and shared by every context in the JVM (see the strategy's own notes). */
  @Bean
  static SecurityContextHolderStrategy securityContextHolderStrategy() {
    SecurityContextHolderStrategy strategy = new WorkbenchSecurityContextHolderStrategy();
    SecurityContextHolder.setContextHolderStrategy(strategy);
    return strategy;
  }

  @Bean
  @Order(Ordered.LOWEST_PRECEDENCE)
  SecurityFilterChain workbenchSecurityFilterChain(
      HttpSecurity http, SignOutAudit signOutAudit, RequestUtil vaadinRequests) throws Exception {
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
                .enableCsrfConfiguration(false)
                .defaultSuccessUrl("/" + SecondFactorView.ROUTE, true)
                .addLogoutHandler(signOutAudit));
    // Vaadin's own configuration would also exempt the sign-in form from CSRF protection; keep it
    // for the form (Vaadin's login form sends the token) and exempt only Vaadin's internal
    // requests, which carry Vaadin's own CSRF token.
    http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
    http.addFilterAfter(new SecondFactorRedirectFilter(), AnonymousAuthenticationFilter.class);
    return http.build();
  }
}
