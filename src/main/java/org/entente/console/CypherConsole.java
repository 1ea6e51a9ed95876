package org.entente.console;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.entente.web.InvalidParameterException;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.exceptions.DatabaseException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.summary.ResultSummary;

import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.stereotype.Service;

/**
 * Runs a client's Cypher read-only, three times over: the plan must be a read (see {@link ReadOnlyPolicy}), the
 * transaction is opened in read access mode so Neo4j itself refuses writes, and it has a time limit. The answer
 * holds at most {@code entente.cypher.max-rows} rows.
 */
@Service
class CypherConsole {

	private static final String EXPLAIN = "EXPLAIN ";

	private static final Pattern POSITION = Pattern.compile("\\(line (\\d+), column (\\d+) \\(offset: (\\d+)\\)\\)");

	private final Driver driver;

	private final DatabaseSelectionProvider databases;

	private final CypherConsoleProperties limits;

	CypherConsole(Driver driver, DatabaseSelectionProvider databases, CypherConsoleProperties limits) {
		this.driver = driver;
		this.databases = databases;
		this.limits = limits;
	}

	CypherResult run(String query, Map<String, Object> params) {
		Value parameters = parameters(params);
		SessionConfig.Builder session = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ);
		String database = this.databases.getDatabaseSelection().getValue();
		if (database != null) {
			session.withDatabase(database);
		}
		TransactionConfig transaction = TransactionConfig.builder().withTimeout(this.limits.timeout()).build();
		try (Session reads = this.driver.session(session.build())) {
			return reads.executeRead(tx -> run(tx, query, parameters), transaction);
		}
		catch (ServiceUnavailableException | SessionExpiredException | DatabaseException ex) {
			// The database's trouble, not the query's: 503 or a logged 500 (see ApiErrors).
			throw ex;
		}
		catch (Neo4jException ex) {
			// A query that returns no rows may only fail, e.g. time out, when it commits.
			throw problem(ex.code(), ex.getMessage());
		}
	}

	private CypherResult run(TransactionContext tx, String query, Value parameters) {
		ResultSummary explained;
		try {
			explained = tx.run(EXPLAIN + query, parameters).consume();
		}
		catch (ServiceUnavailableException | SessionExpiredException | DatabaseException ex) {
			throw ex;
		}
		catch (Neo4jException ex) {
			// Thrown as a 400 from inside the transaction, so the driver does not retry a failed query.
			throw problem(ex.code(), withoutExplain(ex.getMessage()));
		}
		ReadOnlyPolicy.refusal(query, explained).ifPresent(reason -> {
			throw new InvalidParameterException("query", reason);
		});
		try {
			Result result = tx.run(query, parameters);
			List<List<Object>> rows = new ArrayList<>();
			while (rows.size() < this.limits.maxRows() && result.hasNext()) {
				rows.add(RowValues.of(result.next()));
			}
			return new CypherResult(result.keys(), rows, result.hasNext());
		}
		catch (ServiceUnavailableException | SessionExpiredException | DatabaseException ex) {
			throw ex;
		}
		catch (Neo4jException ex) {
			throw problem(ex.code(), ex.getMessage());
		}
	}

	private InvalidParameterException problem(String code, String message) {
		code = (code != null) ? code : "";
		InvalidParameterException problem;
		if (code.startsWith("Neo.ClientError.Transaction.TransactionTimedOut")) {
			problem = new InvalidParameterException("query", "did not finish within the time limit of "
					+ seconds(this.limits.timeout()) + "; narrow the MATCH or add a LIMIT");
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
