package org.entente.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.driver.Value;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.QueryType;
import org.neo4j.driver.summary.ResultSummary;

/**
 * Decides from a query's plan whether {@code POST /api/cypher} may run it. Neo4j's own verdict comes first: the
 * planned query type must be read-only (a write, schema or administration command, or a procedure that is not
 * read-only, is not). The query then runs in a read-access-mode transaction, so Neo4j refuses any write this misses.
 * What stays is what Neo4j counts as a read yet reaches beyond the graph: LOAD CSV, batches committed on their own,
 * other transactions, other databases, and procedures that run Cypher given as text (whose plan nobody checks) or
 * touch files, URLs, jobs or in-memory graphs.
 */
final class ReadOnlyPolicy {

	private static final Map<String, String> REFUSED_OPERATORS = Map.of(
			"LoadCSV", "uses LOAD CSV, which reads files and URLs outside the graph",
			"TransactionApply", "uses CALL { ... } IN TRANSACTIONS, which commits batches of its own",
			"TransactionForeach", "uses CALL { ... } IN TRANSACTIONS, which commits batches of its own",
			"ShowTransactions", "uses SHOW TRANSACTIONS, an administration command",
			"TerminateTransactions", "uses TERMINATE TRANSACTIONS, an administration command",
			"ShowSettings", "uses SHOW SETTINGS, an administration command",
			"AdministrationCommand", "is an administration command");

	private record RefusedCall(Pattern name, String why) {
	}

	private static final List<RefusedCall> REFUSED_CALLS = List.of(
			new RefusedCall(Pattern.compile("apoc\\.(cypher\\..*|when|case|do\\..*|graph\\.fromcypher)"),
					"runs Cypher given as text, out of sight of this check"),
			new RefusedCall(Pattern.compile("apoc\\.(load|import|export|log)\\..*"),
					"reads or writes files and URLs outside the graph"),
			new RefusedCall(Pattern.compile("apoc\\.(periodic|trigger|custom|uuid|systemdb)\\..*"),
					"keeps jobs, triggers or settings beyond the query"),
			new RefusedCall(Pattern.compile("gds\\..*"),
					"keeps in-memory graphs beyond the query (strongest paths are at /api/paths?mode=strongest)"),
			new RefusedCall(Pattern.compile("(dbms|tx)\\..*|db\\.clearquerycaches"), "administers the database"));

	/** A dotted name followed by an opening parenthesis: a procedure or function call, as the plan or a query writes it. */
	private static final Pattern CALL = Pattern.compile("(?<![\\w.$])([A-Za-z_]\\w*(?:\\.[A-Za-z_]\\w*)+)\\s*\\(");

	private static final Pattern BLOCK_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);

	private static final Pattern LINE_COMMENT = Pattern.compile("//[^\\n]*");

	private static final Pattern SPACED_DOT = Pattern.compile("\\s*\\.\\s*");

	private ReadOnlyPolicy() {
	}

	/**
	 * Why a query may not run, if it may not.
	 * @param query the query as the client sent it
	 * @param explained the summary of {@code EXPLAIN query}, with its plan
	 * @return the reason, for a problem's {@code errors[0].reason}; empty if the query may run
	 */
	static Optional<String> refusal(String query, ResultSummary explained) {
		QueryType type = explained.queryType();
		if (type != QueryType.READ_ONLY) {
			return Optional.of((type == QueryType.SCHEMA_WRITE)
					? "changes the schema or administers the database, and only read-only queries run here"
					: "writes to the graph, and only read-only queries run here");
		}
		String database = explained.database().name();
		List<Plan> operators = new ArrayList<>();
		collect(explained.plan(), operators);
		for (Plan operator : operators) {
			String[] typeAndDatabase = operator.operatorType().split("@", 2);
			String refused = REFUSED_OPERATORS.get(typeAndDatabase[0]);
			if (refused != null) {
				return Optional.of(refused);
			}
			if (typeAndDatabase.length == 2 && database != null && !typeAndDatabase[1].equals(database)) {
				return Optional.of("reads the database '" + typeAndDatabase[1] + "', and only '" + database + "' is read here");
			}
		}
		// The plan names every procedure and function it calls; the query text is checked as well, in case a
		// plan's description ever shortens an expression.
		for (Plan operator : operators) {
			Value details = operator.arguments().get("Details");
			if (details != null && !details.isNull()) {
				Optional<String> refused = refusedCall(details.asString());
				if (refused.isPresent()) {
					return refused;
				}
			}
		}
		String code = LINE_COMMENT.matcher(BLOCK_COMMENT.matcher(query).replaceAll(" ")).replaceAll(" ");
		return refusedCall(SPACED_DOT.matcher(code.replace("`", "")).replaceAll("."));
	}

	private static Optional<String> refusedCall(String text) {
		Matcher call = CALL.matcher(text);
		while (call.find()) {
			String name = call.group(1);
			String lowered = name.toLowerCase(Locale.ROOT);
			for (RefusedCall refused : REFUSED_CALLS) {
				if (refused.name().matcher(lowered).matches()) {
					return Optional.of("calls " + name + ", which " + refused.why());
				}
			}
		}
		return Optional.empty();
	}

	private static void collect(Plan plan, List<Plan> into) {
		into.add(plan);
		plan.children().forEach(child -> collect(child, into));
	}

}
