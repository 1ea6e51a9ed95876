package org.entente.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.core.annotation.Order;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Refuses a body larger than {@code entente.web.max-body} with a 413, before a byte is parsed when the request says
 * its length, and as soon as the limit is passed when it streams (chunked) instead.
 */
@Component
// Only for the web server: the command line (import, generate) runs without one.
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(RequestLimits.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class BodySizeLimit extends OncePerRequestFilter {

	private final long limit;

	private final HandlerExceptionResolver errors;

	BodySizeLimit(RequestLimits limits, HandlerExceptionResolver handlerExceptionResolver) {
		this.limit = limits.maxBody().toBytes();
		this.errors = handlerExceptionResolver;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > this.limit) {
			// Closing the connection spares reading (Tomcat would otherwise wait to swallow) a body nobody takes.
			response.setHeader(HttpHeaders.CONNECTION, "close");
			this.errors.resolveException(request, response, null, new BodyTooLargeException(this.limit));
			return;
		}
		chain.doFilter(new Limited(request, this.limit), response);
	}

	/** The request with a body that throws {@link BodyTooLargeException} once it has given {@code limit} bytes. */
	private static final class Limited extends HttpServletRequestWrapper {

		private final long limit;

		private ServletInputStream body;

		Limited(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.body == null) {
				this.body = new Counted(super.getInputStream(), this.limit);
			}
			return this.body;
		}

	}

	private static final class Counted extends ServletInputStream {

		private final ServletInputStream in;

		private final long limit;

		private long read;

		Counted(ServletInputStream in, long limit) {
			this.in = in;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = this.in.read();
			count(b < 0 ? 0 : 1);
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = this.in.read(buffer, offset, length);
			count(Math.max(n, 0));
			return n;
		}

		private void count(int n) {
			this.read += n;
			if (this.read > this.limit) {
				throw new BodyTooLargeException(this.limit);
			}
		}

		@Override
		public boolean isFinished() {
			return this.in.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.in.setReadListener(listener);
		}

	}

}
