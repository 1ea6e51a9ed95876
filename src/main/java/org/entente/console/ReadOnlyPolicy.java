package org.entente.console;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * What Neo4j counts as a read yet reaches beyond the graph is refused by operator (LOAD CSV, batches committed on
 * their own, other transactions, other databases), and every procedure or function called must be on the
 * console's list ({@link AllowedCalls}): what is not named as safe does not run.
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

	private record Why(Pattern name, String why) {
	}

	/** Why some families are left off the list: said in the refusal, decided by the list alone. */
	private static final List<Why> WHY_NOT = List.of(
			new Why(Pattern.compile("apoc\\.(cypher\\..*|when|case|do\\..*|graph\\.fromcypher)"),
					"runs Cypher given as text, out of sight of this check"),
			new Why(Pattern.compile("apoc\\.(load|import|export|log|spatial)\\..*|apoc\\.xml\\.parse"),
					"reads or writes files and URLs outside the graph"),
			new Why(Pattern.compile("db\\.stats\\..*"), "collects, hands out or clears the queries other clients run"),
			new Why(Pattern.compile("apoc\\.(periodic|trigger|custom|uuid|systemdb)\\..*"),
					"keeps jobs, triggers or settings beyond the query"),
			new Why(Pattern.compile("gds\\..*"),
					"keeps in-memory graphs beyond the query (strongest paths are at /api/paths?mode=strongest)"),
			new Why(Pattern.compile("apoc\\.coll\\.(fill|combinations|randomitems)|apoc\\.text\\.(repeat|lpad|rpad|random|format)"
					+ "|apoc\\.util\\.decompress|apoc\\.agg\\..*"), "builds values out of sight of Neo4j's memory limit"),
			new Why(Pattern.compile("(dbms|tx)\\..*|db\\.clearquerycaches"), "administers the database"));

	/** A dotted name followed by an opening parenthesis, or after CALL: a procedure or function call. */
	private static final Pattern CALL = Pattern.compile(
			"(?U)(?<![\\w.$])(?:(?<=\\bCALL\\s{1,100})([A-Za-z_]\\w*(?:\\.[A-Za-z_]\\w*)+)"
					+ "|([A-Za-z_]\\w*(?:\\.[A-Za-z_]\\w*)+)\\s*\\()",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern SPACED_DOT = Pattern.compile("(?U)\\s*\\.\\s*");

	private ReadOnlyPolicy() {
	}

	/**
	 * Why a query may not run, if it may not.
	 * @param query the query as the client sent it
	 * @param explained the summary of {@code EXPLAIN query}, with its plan
	 * @param allowed the procedures and functions that may be called
	 * @return the reason, for a problem's {@code errors[0].reason}; empty if the query may run
	 */
	static Optional<String> refusal(String query, ResultSummary explained, AllowedCalls allowed) {
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
		// The plan names every procedure and function as Neo4j resolved it; the query text is read as well (without
		// comments, strings and backticks), in case a plan's description ever shortens an expression.
		Set<String> called = new LinkedHashSet<>();
		for (Plan operator : operators) {
			Value details = operator.arguments().get("Details");
			if (details != null && !details.isNull()) {
				called.addAll(calls(details.asString()));
			}
		}
		called.addAll(calls(CypherText.code(query)));
		return called.stream().filter(name -> !allowed.allows(name)).findFirst().map(ReadOnlyPolicy::notAllowed);
	}

	/** The dotted names called in a text, with any space around their dots taken out. */
	static Set<String> calls(String text) {
		Matcher call = CALL.matcher(SPACED_DOT.matcher(text).replaceAll("."));
		Set<String> names = new LinkedHashSet<>();
		while (call.find()) {
			names.add((call.group(1) != null) ? call.group(1) : call.group(2));
		}
		return names;
	}

	private static String notAllowed(String name) {
		String lowered = name.toLowerCase(Locale.ROOT);
		String why = WHY_NOT.stream().filter(w -> w.name().matcher(lowered).matches()).findFirst()
			.map(w -> " (it " + w.why() + ")").orElse("");
		return "calls " + name + ", which is not on the console's list of allowed procedures and functions" + why
				+ "; see docs/api.md";
	}

	private static void collect(Plan plan, List<Plan> into) {
		into.add(plan);
		plan.children().forEach(child -> collect(child, into));
	}

}
