package org.caseledger.api.security;

import org.caseledger.api.web.ProblemAdvice;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.core.annotation.Order;

import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Collection;
import java.util.List;

/**
 * Roles: OFFICER writes and reads the cases of his own union body; AUDITOR reads history, as-of state and
 * verification and writes nothing; DASHBOARD reads dashboard figures only; ADMIN rebuilds projections.
 * HTTP Basic with users from configuration; JWT bearer tokens as well when an issuer URI is configured.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(UsersProperties.class)
public class SecurityConfiguration {

    /** bcrypt, with successful checks remembered for 5 minutes (HTTP Basic re-sends the password on every request). */
    @Bean
    public PasswordEncoder passwordEncoder() {
        return new VerifiedCredentialsCache(new BCryptPasswordEncoder(), java.time.Duration.ofMinutes(5), 10_000, com.github.benmanes.caffeine.cache.Ticker.systemTicker());
    }

    /**
     * No observation of Spring Security's own steps: each of its filters, the authentication and the authorization were
     * wrapped in an observation of their own on every request, for spans no tracer receives here (observation code,
     * security's and the request's own together, was a sixth of a timeline read's samples in the profile). The request
     * itself is still measured
     * ({@code http.server.requests}, with its status: a refused sign-in shows as 401).
     */
    @Bean
    public static org.springframework.security.config.observation.SecurityObservationSettings securityObservationSettings() {
        return org.springframework.security.config.observation.SecurityObservationSettings.noObservations();
    }

    @Bean
    public UserDetailsService users(UsersProperties properties) {
        return new InMemoryUserDetailsManager(properties.users().stream()
                .map(u -> User.withUsername(u.username()).password(u.passwordHash()).roles(u.roles().toArray(String[]::new)).build())
                .toList());
    }

    /**
     * The API: HTTP Basic or a bearer token for programs; the pages' own requests ride on the signed-in session (never
     * created here) and then need the CSRF token in {@code X-CSRF-TOKEN}. A request with an Authorization header, or
     * with no session cookie, cannot be forged by another site, so it needs none.
     */
    @Bean
    @Order(1)
    public SecurityFilterChain api(HttpSecurity http, @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri:}") String issuer,
                                   MappingJackson2HttpMessageConverter json) throws Exception {
        http.securityMatcher("/api/**", "/actuator/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .csrf(c -> c.ignoringRequestMatchers(req -> req.getHeader("Authorization") != null || req.getRequestedSessionId() == null))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/prometheus", "/v3/api-docs/**",
                                "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers("/api/admin/**").hasRole("ADMIN")
                        .requestMatchers("/api/dashboard/**").hasAnyRole("DASHBOARD", "ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/cases/*/integrity").hasAnyRole("AUDITOR", "ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/cases/*/export").hasRole("AUDITOR")
                        .requestMatchers(HttpMethod.GET, "/api/cases/*/history", "/api/cases/*/state", "/api/cases/*/verify")
                        .hasAnyRole("AUDITOR", "OFFICER")
                        .requestMatchers(HttpMethod.POST, "/api/cases/*/claimants/*/erasure").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/cases", "/api/cases/**", "/api/supervision-matters").hasRole("OFFICER")
                        .requestMatchers(HttpMethod.POST, "/api/work-orders/*/erasure").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/work-orders", "/api/work-orders/**").hasRole("OFFICER")
                        .requestMatchers(HttpMethod.GET, "/api/work-orders", "/api/work-orders/**").hasAnyRole("OFFICER", "AUDITOR", "ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/cases", "/api/cases/**", "/api/deadlines").hasAnyRole("OFFICER", "AUDITOR", "ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/claimant-sheets").hasRole("OFFICER")
                        .requestMatchers(HttpMethod.GET, "/api/employers/warnings").hasAnyRole("OFFICER", "AUDITOR", "DASHBOARD", "ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/reports/contact-time").hasAnyRole("OFFICER", "AUDITOR", "DASHBOARD", "ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/people", "/api/people/**", "/api/employers").hasAnyRole("OFFICER", "AUDITOR")
                        // any other method or path under /api: a signed-in caller learns it is not answered (404, 405)
                        .requestMatchers("/api/**").authenticated()
                        .anyRequest().denyAll())
                .httpBasic(b -> b.authenticationEntryPoint((req, res, e) ->
                        write(res, json, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "sign in (HTTP Basic or a bearer token)")))
                .exceptionHandling(x -> x
                        .authenticationEntryPoint((req, res, e) -> write(res, json, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED",
                                "sign in (HTTP Basic or a bearer token)"))
                        .accessDeniedHandler((req, res, e) -> {
                            if (e instanceof CsrfException) {
                                write(res, json, HttpStatus.FORBIDDEN, "CSRF_TOKEN_MISSING", "the page's security token is missing or old: reload the page");
                            } else {
                                write(res, json, HttpStatus.FORBIDDEN, "FORBIDDEN", "your role does not allow this");
                            }
                        }));
        if (issuer != null && !issuer.isBlank()) {
            JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
            converter.setJwtGrantedAuthoritiesConverter(jwt -> {
                List<String> roles = jwt.getClaimAsStringList("roles");
                Collection<GrantedAuthority> authorities = new java.util.ArrayList<>();
                if (roles != null) {
                    roles.forEach(r -> authorities.add(new SimpleGrantedAuthority("ROLE_" + r)));
                }
                return authorities;
            });
            http.oauth2ResourceServer(o -> o.jwt(j -> j.jwtAuthenticationConverter(converter)));
        }
        return http.build();
    }

    /**
     * The pages, for people: a sign-in form and a session, CSRF-protected; the same roles and union-body rules as the
     * API (the pages read through the same queries and write through the API).
     */
    @Bean
    @Order(2)
    public SecurityFilterChain pages(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/assets/**", "/webjars/**", "/favicon.ico", "/error").permitAll()
                        .requestMatchers("/dashboard", "/dashboard/**").hasAnyRole("DASHBOARD", "ADMIN", "OFFICER")
                        .requestMatchers("/cases/*/audit", "/cases/*/audit/**").hasAnyRole("AUDITOR", "OFFICER")
                        .requestMatchers("/cases/new").hasRole("OFFICER")
                        .requestMatchers("/calendar").hasAnyRole("OFFICER", "AUDITOR", "ADMIN")
                        .requestMatchers("/work-orders/new", "/matters/new").hasRole("OFFICER")
                        .requestMatchers("/work-orders", "/work-orders/**").hasAnyRole("OFFICER", "AUDITOR", "ADMIN")
                        .requestMatchers("/pages/claimant-sheet").hasRole("OFFICER")
                        .requestMatchers("/people", "/people/**", "/employers").hasAnyRole("OFFICER", "AUDITOR")
                        .requestMatchers("/", "/cases", "/cases/**").hasAnyRole("OFFICER", "AUDITOR", "ADMIN", "DASHBOARD")
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'")));
        return http.build();
    }

    private static void write(HttpServletResponse res, MappingJackson2HttpMessageConverter json, HttpStatus status, String code,
                              String detail) throws IOException {
        ProblemDetail body = org.caseledger.api.problems.Problems.problem(status, code, null, detail).getBody();
        res.setStatus(status.value());
        res.setContentType("application/problem+json");
        json.getObjectMapper().writeValue(res.getOutputStream(), body);
    }
}
