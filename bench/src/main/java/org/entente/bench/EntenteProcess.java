package org.entente.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Entente run as users run it, in a JVM of its own on a data folder: the app (measured from launch to ready) or a
 * command ({@code import}, {@code generate}). Output goes to a log file next to the data folder.
 */
final class EntenteProcess implements AutoCloseable {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	/** The embedded Neo4j's password for the benchmark's database, so that the suite's own driver can log in. */
	static final String NEO4J_PASSWORD = "entente-benchmark";

	final int httpPort = freePort();

	final int boltPort = freePort();

	private final Process process;

	private final long launched = System.nanoTime();

	private EntenteProcess(Path dataDir, Path log, List<String> args) {
		List<String> command = new ArrayList<>(List.of(javaBin(), "-classpath", appClasspath(),
				"org.entente.EntenteApplication"));
		command.addAll(args);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		builder.environment().put("ENTENTE_DATA_DIR", dataDir.toString());
		builder.environment().put("ENTENTE_NEO4J_PASSWORD", NEO4J_PASSWORD);
		builder.environment().put("SERVER_PORT", Integer.toString(this.httpPort));
		builder.environment().put("ENTENTE_BOLT_PORT", Integer.toString(this.boltPort));
		builder.environment().put("ENTENTE_HTTP_PORT", Integer.toString(freePort()));
		try {
			Files.createDirectories(log.getParent());
			this.process = builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Starts the app and waits until it answers; {@link #startupSeconds()} is the time from launch to ready. */
	static EntenteProcess app(Path dataDir, Path log) {
		EntenteProcess app = new EntenteProcess(dataDir, log, List.of());
		app.awaitReady();
		return app;
	}

	/** Runs a command to its end; fails if it exits non-zero. */
	static void command(Path dataDir, Path log, String... args) {
		try (EntenteProcess command = new EntenteProcess(dataDir, log, Arrays.asList(args))) {
			int exit = command.process.waitFor();
			if (exit != 0) {
				throw new IllegalStateException(String.join(" ", args) + " exited with " + exit + "; see " + log);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private double startupSeconds;

	private void awaitReady() {
		HttpRequest health = HttpRequest.newBuilder(url("/actuator/health")).build();
		while (true) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("Entente exited with " + this.process.exitValue() + " before it was ready");
			}
			try {
				if (HTTP.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					this.startupSeconds = (System.nanoTime() - this.launched) / 1e9;
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			sleep(50);
		}
	}

	double startupSeconds() {
		return this.startupSeconds;
	}

	URI url(String pathAndQuery) {
		return URI.create("http://localhost:" + this.httpPort + pathAndQuery);
	}

	long pid() {
		return this.process.pid();
	}

	/** Resident set size from /proc, in MiB. */
	double rssMb() {
		try {
			return Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))
				.stream()
				.filter(line -> line.startsWith("VmRSS:"))
				.mapToDouble(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024.0)
				.findFirst()
				.orElse(Double.NaN);
		}
		catch (IOException ex) {
			return Double.NaN;
		}
	}

	/** Heap in use after a full GC (jcmd GC.run, then GC.heap_info), in MiB. */
	double heapAfterGcMb() {
		jcmd("GC.run");
		String info = jcmd("GC.heap_info");
		// "garbage-first heap   total 123456K, used 45678K"
		Matcher used = Pattern.compile("used (\\d+)K").matcher(info);
		return used.find() ? Long.parseLong(used.group(1)) / 1024.0 : Double.NaN;
	}

	private String jcmd(String what) {
		try {
			Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
					Long.toString(pid()), what).redirectErrorStream(true).start();
			String out = new String(jcmd.getInputStream().readAllBytes());
			jcmd.waitFor(60, TimeUnit.SECONDS);
			return out;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** SIGTERM, as a service manager sends; answers the seconds until the process is gone. */
	double stop() {
		long started = System.nanoTime();
		this.process.destroy();
		try {
			if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
				return Double.NaN;
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return (System.nanoTime() - started) / 1e9;
	}

	@Override
	public void close() {
		if (this.process.isAlive()) {
			stop();
		}
	}

	/** The app's classpath: the bench JVM's, less the test classes (whose resources are test fixtures). */
	private static String appClasspath() {
		return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
			.filter(entry -> !entry.endsWith("test-classes"))
			.collect(Collectors.joining(File.pathSeparator));
	}

	private static String javaBin() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
