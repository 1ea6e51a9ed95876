package org.entente.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sustained load on the paths and strength endpoints over loopback: a few clients, each sending its next request as
 * soon as the last is answered, for the given time. Heap is measured after a full GC before and after.
 */
final class RestLoad {

	private static final int CLIENTS = 4;

	private final EntenteProcess app;

	private final Pairs pairs;

	RestLoad(EntenteProcess app, Pairs pairs) {
		this.app = app;
		this.pairs = pairs;
	}

	Map<String, Object> run(int seconds) throws Exception {
		double heapBefore = this.app.heapAfterGcMb();
		List<String> requests = requests(2000);
		AtomicLong errors = new AtomicLong();
		long until = System.nanoTime() + seconds * 1_000_000_000L;
		long started = System.nanoTime();
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		List<Future<Latencies>> running = new ArrayList<>();
		for (int c = 0; c < CLIENTS; c++) {
			int offset = c * requests.size() / CLIENTS;
			running.add(clients.submit(() -> {
				Latencies latencies = new Latencies();
				for (int i = offset; System.nanoTime() < until; i++) {
					long sent = System.nanoTime();
					try {
						Http.get(this.app.url(requests.get(i % requests.size())));
					}
					catch (RuntimeException ex) {
						errors.incrementAndGet();
					}
					latencies.add(System.nanoTime() - sent);
				}
				return latencies;
			}));
		}
		Latencies all = new Latencies();
		long count = 0;
		for (Future<Latencies> client : running) {
			Latencies latencies = client.get();
			count += latencies.count();
			all.addAll(latencies);
		}
		double elapsed = (System.nanoTime() - started) / 1e9;
		clients.shutdown();
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("duration_s", Latencies.round(elapsed));
		result.put("clients", CLIENTS);
		result.put("requests", count);
		result.put("requests_per_s", Latencies.round(count / elapsed));
		result.put("p50_ms", all.percentileMs(50));
		result.put("p99_ms", all.percentileMs(99));
		result.put("errors", errors.get());
		result.put("heap_before_mb", Latencies.round(heapBefore));
		result.put("heap_after_mb", Latencies.round(this.app.heapAfterGcMb()));
		result.put("mix", "1/2 shortest paths between officials, 1/2 cooperation strength between countries");
		BenchmarkSuite.log("rest: %s", result);
		return result;
	}

	private List<String> requests(int n) {
		String asOf = this.pairs.asOf().toString();
		List<String> requests = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			boolean paths = i % 2 == 0;
			String[] p = this.pairs.two(paths);
			requests.add(paths ? "/api/paths?k=1&maxHops=6&asOf=" + asOf + "&from=" + p[0] + "&to=" + p[1]
					: "/api/cooperation?asOf=" + asOf + "&a=" + p[0] + "&b=" + p[1]);
		}
		return requests;
	}

}
