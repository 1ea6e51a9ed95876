package org.entente.web.fuzz;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One generated request. A raw one goes over a socket as it is written, for what no URI can hold (a broken
 * %-escape, a space) and headers an HTTP client will not send (Host).
 *
 * @param target the path and query, %-encoded as sent
 * @param body the body, or {@code null} for none
 * @param write whether it is a write that must be refused: its generator makes it invalid or unauthorised
 */
record FuzzRequest(String method, String target, Map<String, String> headers, String body, boolean raw, boolean write) {

	static FuzzRequest get(String target) {
		return new FuzzRequest("GET", target, Map.of(), null, false, false);
	}

	static FuzzRequest post(String target, Map<String, String> headers, String body) {
		return new FuzzRequest("POST", target, headers, body, false, true);
	}

	FuzzRequest with(String header, String value) {
		Map<String, String> all = new LinkedHashMap<>(this.headers);
		all.put(header, value);
		return new FuzzRequest(this.method, this.target, all, this.body, this.raw, this.write);
	}

	FuzzRequest sentRaw() {
		return new FuzzRequest(this.method, this.target, this.headers, this.body, true, this.write);
	}

	/** Short enough to read in a failure report: long bodies and values are cut. */
	@Override
	public String toString() {
		Map<String, String> shown = new LinkedHashMap<>();
		this.headers.forEach((name, value) -> shown.put(name, name.equalsIgnoreCase("Authorization") ? "Basic …" : cut(value, 80)));
		return this.method + " " + cut(this.target, 300) + (this.raw ? " (raw)" : "") + " " + shown
				+ (this.body != null ? " body=" + cut(this.body, 1500) : "");
	}

	private static String cut(String text, int length) {
		return (text.length() <= length) ? text : text.substring(0, length) + "…(" + text.length() + " chars)";
	}

}
