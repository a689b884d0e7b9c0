package org.premiumledger.app.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security of the portal's JSON API ({@code /api/**} only; the workbench's own chain guards every
 * other path). Callers authenticate with {@code Authorization: Bearer KEY}; no session, no cookie,
 * so CSRF protection, which guards cookie-authenticated browsers, is off for this chain alone. The
 * OpenAPI document is public.
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication(
    type =
        org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type.SERVLET)
@io.swagger.v3.oas.annotations.security.SecurityScheme(
    name = "bearer",
    type = io.swagger.v3.oas.annotations.enums.SecuritySchemeType.HTTP,
    scheme = "bearer",
    description = "An API key from premium-ledger.api-keys")
class ApiSecurityConfiguration {

  static final String PORTAL_ROLE = "ROLE_PORTAL";

  @Bean
  @Order(1)
  SecurityFilterChain portalApiSecurity(HttpSecurity http, ApiKeys keys, ObjectMapper mapper)
      throws Exception {
    http.securityMatcher("/api/**")
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .requestCache(cache -> cache.disable())
        .formLogin(form -> form.disable())
        .httpBasic(basic -> basic.disable())
        .logout(logout -> logout.disable())
        .addFilterBefore(new BearerKeyFilter(keys, mapper), AnonymousAuthenticationFilter.class)
        .exceptionHandling(
            errors ->
                errors.authenticationEntryPoint(
                    (request, response, denied) ->
                        refuse(response, mapper, "Send the header Authorization: Bearer KEY.")))
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers("/api/v1/openapi", "/api/v1/openapi/**")
                    .permitAll()
                    .anyRequest()
                    .hasAuthority(PORTAL_ROLE));
    return http.build();
  }

  static void refuse(HttpServletResponse response, ObjectMapper mapper, String detail)
      throws IOException {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, detail);
    problem.setTitle("Unauthorized");
    response.setStatus(HttpStatus.UNAUTHORIZED.value());
    response.setHeader("WWW-Authenticate", "Bearer realm=\"premium-ledger\"");
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    mapper.writeValue(response.getOutputStream(), problem);
  }

  /** Authenticates a request that carries a valid key; refuses one that carries a wrong key. */
  static final class BearerKeyFilter extends OncePerRequestFilter {

    private final ApiKeys keys;
    private final ObjectMapper mapper;

    BearerKeyFilter(ApiKeys keys, ObjectMapper mapper) {
      this.keys = keys;
      this.mapper = mapper;
    }

    @Override
    protected void doFilterInternal(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      String header = request.getHeader("Authorization");
      if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
        chain.doFilter(request, response);
        return;
      }
      if (!keys.isValid(header.substring(7).trim())) {
        refuse(response, mapper, "The API key is not valid.");
        return;
      }
      SecurityContextHolder.getContext()
          .setAuthentication(
              UsernamePasswordAuthenticationToken.authenticated(
                  "portal", null, List.of(new SimpleGrantedAuthority(PORTAL_ROLE))));
      try {
        chain.doFilter(request, response);
      } finally {
        SecurityContextHolder.clearContext();
      }
    }
  }
}
