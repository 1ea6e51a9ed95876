package org.entente.web;

import org.apache.catalina.Container;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/** Puts {@link ProblemErrorValve} in Tomcat's host pipeline, so that its errors too are problems. */
@Component
// Only for the web server: the command line (import, generate) runs without one.
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers(context -> {
			Container host = context.getParent();
			host.getPipeline().addValve(new ProblemErrorValve());
		});
	}

}
