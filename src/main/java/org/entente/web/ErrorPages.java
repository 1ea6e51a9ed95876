package org.entente.web;

import org.apache.catalina.Container;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/** Puts {@link ProblemErrorValve} in Tomcat's host pipeline, so that its errors too are problems. */
@Component
class ErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers(context -> {
			Container host = context.getParent();
			host.getPipeline().addValve(new ProblemErrorValve());
		});
	}

}
