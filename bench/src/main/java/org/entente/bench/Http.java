package org.entente.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/** Plain HTTP/1.1 GETs against the app, failing on any status but 200. */
final class Http {

	private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private Http() {
	}

	static String get(URI uri) {
		return get(uri, Duration.ofMinutes(10));
	}

	/** As {@link #get(URI)}, giving up after {@code timeout} with an {@link HttpTimeoutException}. */
	static String get(URI uri, Duration timeout) {
		try {
			HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(uri).timeout(timeout).build(),
					HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException(uri + " answered " + response.statusCode() + ": " + response.body());
			}
			return response.body();
		}
		catch (HttpTimeoutException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (IOException ex) {
			throw new IllegalStateException(uri + ": " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
