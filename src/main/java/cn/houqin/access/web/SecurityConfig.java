package cn.houqin.access.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

import cn.houqin.access.domain.AccountService;
import cn.houqin.access.domain.TokenPrincipals;

/**
 * Two filter chains: the JSON API (stateless; HTTP Basic or a personal Bearer token;
 * errors as problem+json) and the pages (form sign-in, session, CSRF on every form and
 * htmx request).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

	static final String[] PUBLIC = { "/login", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/error",
			"/actuator/health/**", "/actuator/info", "/actuator/prometheus", "/v3/api-docs/**", "/swagger-ui/**",
			"/swagger-ui.html" };

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, TokenPrincipals tokens, ProblemResponses problems) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint(problems))
			.addFilterBefore(new ApiTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.exceptionHandling(ex -> ex.authenticationEntryPoint(problems).accessDeniedHandler(problems));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, AccountService accounts) throws Exception {
		http.authorizeHttpRequests(
				requests -> requests.requestMatchers(PUBLIC).permitAll().anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login")
				.successHandler(new SignInSuccess(accounts))
				.failureHandler(new SignInFailure())
				.permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.addFilterAfter(new PasswordChangeGate(),
					org.springframework.security.web.access.ExceptionTranslationFilter.class)
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
					"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'self'")));
		return http.build();
	}

}
