package org.entente.guide;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The Neo4j Browser guide ({@link GuideController}). Browser runs on the Neo4j HTTP port, a different origin, and
 * fetches a guide with {@code Pragma} and {@code Cache-Control} headers, so it first asks by a CORS preflight. The
 * guides are public, read-only pages: any origin may fetch them.
 */
@Configuration(proxyBeanMethods = false)
class GuideConfiguration implements WebMvcConfigurer {

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		registry.addMapping("/guides/**").allowedOrigins("*").allowedMethods("GET", "HEAD").allowedHeaders("*");
	}

}
