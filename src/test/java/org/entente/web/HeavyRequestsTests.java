package org.entente.web;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponseException;

import static org.assertj.core.api.Assertions.assertThat;

/** Two heavy requests run at once; a third is turned away at once with a 503 and a Retry-After. */
class HeavyRequestsTests {

	@Test
	void aThirdHeavyRequestIsA503WhileTwoRunAndLightOnesPass() throws Exception {
		ErrorResponseException[] refused = new ErrorResponseException[1];
		HeavyRequests heavy = new HeavyRequests(new RequestLimits(DataSize.ofMegabytes(16), 2),
				(request, response, handler, ex) -> {
					refused[0] = (ErrorResponseException) ex;
					response.setStatus(refused[0].getStatusCode().value());
					return null;
				});
		CountDownLatch started = new CountDownLatch(2);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			Future<?> first = threads.submit(() -> run(heavy, export(), started, release));
			Future<?> second = threads.submit(() -> run(heavy, strongestPaths(), started, release));
			assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

			MockHttpServletResponse third = new MockHttpServletResponse();
			heavy.doFilter(export(), third, new MockFilterChain());
			MockHttpServletResponse light = new MockHttpServletResponse();
			heavy.doFilter(new MockHttpServletRequest("GET", "/api/paths"), light, new MockFilterChain());

			assertThat(third.getStatus()).isEqualTo(503);
			assertThat(refused[0].getHeaders().getFirst("Retry-After")).isEqualTo("5");
			assertThat(light.getStatus()).isEqualTo(200);
			release.countDown();
			first.get(10, TimeUnit.SECONDS);
			second.get(10, TimeUnit.SECONDS);
			MockHttpServletResponse after = new MockHttpServletResponse();
			heavy.doFilter(export(), after, new MockFilterChain());
			assertThat(after.getStatus()).as("a slot is free again").isEqualTo(200);
		}
		finally {
			threads.shutdownNow();
		}
	}

	private static MockHttpServletRequest export() {
		return new MockHttpServletRequest("GET", "/api/export");
	}

	private static MockHttpServletRequest strongestPaths() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/paths");
		request.setParameter("mode", "strongest");
		return request;
	}

	private static Void run(HeavyRequests heavy, MockHttpServletRequest request, CountDownLatch started,
			CountDownLatch release) throws Exception {
		heavy.doFilter(request, new MockHttpServletResponse(), (req, res) -> {
			started.countDown();
			try {
				release.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});
		return null;
	}

}
