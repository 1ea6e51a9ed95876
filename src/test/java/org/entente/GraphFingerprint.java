package org.entente;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/**
 * Every node and relationship with its labels and properties, as sorted text: equal text, same graph. Nodes with
 * a left-out label, and the relationships that touch them, are not in it (bookkeeping, or what an export leaves out).
 */
public final class GraphFingerprint {

	/** The loader's bookkeeping and the audit trail: what no test of the graph's content compares. */
	public static final List<String> BOOKKEEPING = List.of("AppliedScript", "Import", "ImportSequence");

	private GraphFingerprint() {
	}

	public static List<String> of(Driver driver, List<String> leftOut) {
		List<String> lines = new ArrayList<>();
		driver.executableQuery("""
				MATCH (n) WHERE none(label IN labels(n) WHERE label IN $leftOut)
				RETURN labels(n) AS labels, properties(n) AS props""")
			.withParameters(Map.of("leftOut", leftOut))
			.execute().records()
			.forEach(r -> lines.add("N " + r.get("labels").asList(Value::asString).stream().sorted().toList() + " "
					+ new TreeMap<>(r.get("props").asMap())));
		driver.executableQuery("""
				MATCH (a)-[r]->(b)
				WHERE none(label IN labels(a) + labels(b) WHERE label IN $leftOut)
				RETURN a.id AS a, type(r) AS type, b.id AS b, properties(r) AS props""")
			.withParameters(Map.of("leftOut", leftOut))
			.execute().records()
			.forEach(r -> lines.add("R " + r.get("a") + " " + r.get("type").asString() + " " + r.get("b") + " "
					+ new TreeMap<>(r.get("props").asMap())));
		lines.sort(null);
		return lines;
	}

}
