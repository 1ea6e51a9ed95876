package org.entente.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Latency samples in nanoseconds, summarised as percentiles in milliseconds. */
final class Latencies {

	private long[] samples = new long[1024];

	private int size;

	void add(long nanos) {
		if (this.size == this.samples.length) {
			this.samples = Arrays.copyOf(this.samples, this.size * 2);
		}
		this.samples[this.size++] = nanos;
	}

	void addAll(Latencies other) {
		for (int i = 0; i < other.size; i++) {
			add(other.samples[i]);
		}
	}

	int count() {
		return this.size;
	}

	/** The p-th percentile (nearest rank), in milliseconds. */
	Double percentileMs(double p) {
		if (this.size == 0) {
			return null;
		}
		long[] sorted = Arrays.copyOf(this.samples, this.size);
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(p / 100.0 * sorted.length);
		return round(sorted[Math.max(0, rank - 1)] / 1e6);
	}

	Map<String, Object> summary(String prefix) {
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put(prefix + "_p50_ms", percentileMs(50));
		summary.put(prefix + "_p95_ms", percentileMs(95));
		summary.put(prefix + "_p99_ms", percentileMs(99));
		return summary;
	}

	static double round(double value) {
		return Math.round(value * 100.0) / 100.0;
	}

}
