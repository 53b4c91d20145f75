package cn.houqin.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /v3/api-docs}: title, licence, and the two ways to
 * authenticate (HTTP Basic and a personal API token as Bearer), so the browsable UI can
 * try calls.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfig {

	@Bean
	OpenAPI houqinApi() {
		return new OpenAPI()
			.info(new Info().title("Houqin 后勤 API")
				.version("v1")
				.description("行政后勤管理系统 JSON API. Lists answer {items, page, size, total}; errors are "
						+ "application/problem+json with a Chinese detail (English with Accept-Language: en).")
				.license(new License().name("Apache-2.0")))
			.components(new Components()
				.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
				.addSecuritySchemes("token",
						new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("hq_…")))
			.addSecurityItem(new SecurityRequirement().addList("basic"))
			.addSecurityItem(new SecurityRequirement().addList("token"));
	}

}
