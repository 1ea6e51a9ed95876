package org.entente.console;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.entente.web.InvalidParameterException;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.async.AsyncSession;
import org.neo4j.driver.async.AsyncTransaction;
import org.neo4j.driver.async.ResultCursor;
import org.neo4j.driver.exceptions.DatabaseException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.summary.ResultSummary;

import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.stereotype.Service;

/**
 * Runs a client's Cypher read-only, three times over: the plan must be a read calling only allowed procedures and
 * functions (see {@link ReadOnlyPolicy}), the transaction is opened in read access mode so Neo4j itself refuses
 * writes, and it has a time limit. The transaction is explicit, so the driver never retries it, and the time limit
 * is kept here as well, over every wait for the answer: Neo4j's own stops a query that computes, not one whose
 * answer is still streaming. The answer holds at most {@code entente.cypher.max-rows} rows and
 * {@code entente.cypher.max-bytes} bytes of them; Neo4j's transaction memory limit bounds what a query builds.
 */
@Service
class CypherConsole {

	private static final String EXPLAIN = "EXPLAIN ";

	private static final Pattern POSITION = Pattern.compile("\\(line (\\d+), column (\\d+) \\(offset: (\\d+)\\)\\)");

	/** Neo4j's own time limit speaks first (with its code); this one stops what it does not. */
	private static final Duration GRACE = Duration.ofSeconds(1);

	/** Records fetched at a time: few, so rows past the byte cap are not fetched in bulk. */
	private static final int FETCH_SIZE = 100;

	private final Driver driver;

	private final DatabaseSelectionProvider databases;

	private final CypherConsoleProperties limits;

	private final AllowedCalls allowed;

	CypherConsole(Driver driver, DatabaseSelectionProvider databases, CypherConsoleProperties limits,
			AllowedCalls allowed) {
		this.driver = driver;
		this.databases = databases;
		this.limits = limits;
		this.allowed = allowed;
	}

	CypherResult run(String query, Map<String, Object> params) {
		Value parameters = parameters(params);
		long deadline = System.nanoTime() + this.limits.timeout().plus(GRACE).toNanos();
		SessionConfig.Builder config = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ)
			.withFetchSize(FETCH_SIZE);
		String database = this.databases.getDatabaseSelection().getValue();
		if (database != null) {
			config.withDatabase(database);
		}
		AsyncSession session = this.driver.session(AsyncSession.class, config.build());
		AsyncTransaction tx = null;
		try {
			tx = await(session.beginTransactionAsync(TransactionConfig.builder().withTimeout(this.limits.timeout()).build()),
					deadline);
			return run(tx, query, parameters, deadline);
		}
		finally {
			// Rolling back ends a query cut short; after a commit it does nothing.
			CompletionStage<Void> closed = (tx != null) ? tx.closeAsync().exceptionally(ex -> null) : null;
			if (closed != null) {
				closed.thenCompose(ignored -> session.closeAsync());
			}
			else {
				session.closeAsync();
			}
		}
	}

	private CypherResult run(AsyncTransaction tx, String query, Value parameters, long deadline) {
		ResultSummary explained = await(tx.runAsync(EXPLAIN + query, parameters).thenCompose(ResultCursor::consumeAsync),
				deadline, true);
		ReadOnlyPolicy.refusal(query, explained, this.allowed).ifPresent(reason -> {
			throw new InvalidParameterException("query", reason);
		});
		ResultCursor result = await(tx.runAsync(query, parameters), deadline);
		List<List<Object>> rows = new ArrayList<>();
		long bytes = 0;
		long maxBytes = this.limits.maxBytes().toBytes();
		boolean truncated = false;
		Record record;
		while ((record = await(result.nextAsync(), deadline)) != null) {
			if (rows.size() == this.limits.maxRows()) {
				truncated = true;
				break;
			}
			List<Object> row = RowValues.of(record);
			long size = AnswerSize.of(row, maxBytes);
			if (size < 0) {
				throw new InvalidParameterException("query", "returned a row of more than " + maxBytes
						+ " bytes as JSON, the most one console answer may carry; return fewer or smaller values");
			}
			if (bytes + size > maxBytes) {
				truncated = true;
				break;
			}
			bytes += size + 1;
			rows.add(row);
		}
		if (!truncated) {
			// A query Neo4j ended may still have handed out its rows (apoc.util.sleep does): committing says so.
			await(tx.commitAsync(), deadline);
		}
		return new CypherResult(result.keys(), rows, truncated);
	}

	/** Waits for the database until the deadline; its errors as problems, or as they are when they are its own. */
	private <T> T await(CompletionStage<T> stage, long deadline) {
		return await(stage, deadline, false);
	}

	/** As {@link #await(CompletionStage, long)}, with Neo4j's messages about EXPLAIN put as about the query. */
	private <T> T await(CompletionStage<T> stage, long deadline, boolean explain) {
		try {
			return stage.toCompletableFuture().get(Math.max(deadline - System.nanoTime(), 0), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException ex) {
			throw timeLimit();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw timeLimit();
		}
		catch (ExecutionException | CompletionException ex) {
			Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
			while (cause instanceof CompletionException && cause.getCause() != null) {
				cause = cause.getCause();
			}
			if (cause instanceof ServiceUnavailableException || cause instanceof SessionExpiredException
					|| cause instanceof DatabaseException) {
				// The database's trouble, not the query's: 503 or a logged 500 (see ApiErrors).
				throw (RuntimeException) cause;
			}
			if (cause instanceof Neo4jException neo4j) {
				throw problem(neo4j.code(), explain ? withoutExplain(neo4j.getMessage()) : neo4j.getMessage());
			}
			throw (cause instanceof RuntimeException runtime) ? runtime : new IllegalStateException(cause);
		}
	}

	private InvalidParameterException problem(String code, String message) {
		code = (code != null) ? code : "";
		InvalidParameterException problem;
		if (code.startsWith("Neo.ClientError.Transaction.TransactionTimedOut")) {
			problem = timeLimit();
		}
		else if (code.equals("Neo.TransientError.General.MemoryPoolOutOfMemoryError")) {
			problem = new InvalidParameterException("query", "needed more memory than a console query may use ("
					+ message.strip() + "); aggregate, narrow the MATCH or add a LIMIT");
		}
		else if (code.equals("Neo.ClientError.Statement.AccessMode")) {
			problem = new InvalidParameterException("query", "writes to the graph, and only read-only queries run here");
		}
		else if (code.equals("Neo.ClientError.Statement.ParameterMissing")) {
			problem = new InvalidParameterException("params", message.strip());
		}
		else {
			problem = new InvalidParameterException("query", message.strip());
		}
		problem.getBody().setProperty("code", code);
		return problem;
	}

	private InvalidParameterException timeLimit() {
		return new InvalidParameterException("query", "did not finish within the time limit of "
				+ seconds(this.limits.timeout()) + "; narrow the MATCH or add a LIMIT");
	}

	/**
	 * Neo4j's message about {@code EXPLAIN query} as if it were about the query: without the prefix in the quoted
	 * line, and with the caret, column and offset moved back by its length.
	 */
	static String withoutExplain(String message) {
		Matcher position = POSITION.matcher(message);
		StringBuilder moved = new StringBuilder();
		while (position.find()) {
			int line = Integer.parseInt(position.group(1));
			int column = Integer.parseInt(position.group(2));
			int offset = Integer.parseInt(position.group(3));
			int columnShift = (line == 1) ? Math.min(EXPLAIN.length(), column - 1) : 0;
			position.appendReplacement(moved, "(line " + line + ", column " + (column - Math.max(columnShift, 0))
					+ " (offset: " + Math.max(offset - EXPLAIN.length(), 0) + "))");
		}
		position.appendTail(moved);
		List<String> lines = new ArrayList<>(List.of(moved.toString().split("\n", -1)));
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).startsWith("\"" + EXPLAIN)) {
				lines.set(i, "\"" + lines.get(i).substring(EXPLAIN.length() + 1));
				if (i + 1 < lines.size() && lines.get(i + 1).startsWith(" ".repeat(EXPLAIN.length()))) {
					lines.set(i + 1, lines.get(i + 1).substring(EXPLAIN.length()));
				}
			}
		}
		return String.join("\n", lines);
	}

	private static String seconds(Duration limit) {
		return (limit.toMillis() % 1000 == 0) ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
	}

	private static Value parameters(Map<String, Object> params) {
		try {
			return Values.value(params);
		}
		catch (Neo4jException | IllegalArgumentException ex) {
			throw new InvalidParameterException("params", "cannot be sent to Neo4j: " + ex.getMessage());
		}
	}

}
