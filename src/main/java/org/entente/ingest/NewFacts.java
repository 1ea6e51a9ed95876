package org.entente.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The rows of new-facts.cypher: each fact not yet in the graph, with the ties from and to it in the same row. */
final class NewFacts {

	private NewFacts() {
	}

	static List<Map<String, Object>> rows(DossierPlan plan, Set<String> existing) {
		Map<String, List<Map<String, Object>>> in = byFact(plan.factTiesIn(), existing);
		Map<String, List<Map<String, Object>>> out = byFact(plan.factTiesOut(), existing);
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Map<String, Object> fact : plan.facts()) {
			Object id = fact.get("id");
			if (!existing.contains(id)) {
				Map<String, Object> row = new LinkedHashMap<>(fact);
				row.put("in", in.getOrDefault(id, List.of()));
				row.put("out", out.getOrDefault(id, List.of()));
				rows.add(row);
			}
		}
		return rows;
	}

	/** How many plan rows a written row stands for: a new fact with its ties, or one row. */
	@SuppressWarnings("unchecked")
	static long planRows(Map<String, Object> row) {
		return 1 + ((List<Object>) row.getOrDefault("in", List.of())).size()
				+ ((List<Object>) row.getOrDefault("out", List.of())).size();
	}

	private static Map<String, List<Map<String, Object>>> byFact(List<Map<String, Object>> ties, Set<String> existing) {
		Map<String, List<Map<String, Object>>> byFact = new HashMap<>();
		for (Map<String, Object> tie : ties) {
			String fact = (String) tie.get("fact");
			if (!existing.contains(fact)) {
				Map<String, Object> row = new HashMap<>();
				row.put("entity", tie.get("entity"));
				row.put("type", tie.get("type"));
				row.put("to", tie.get("to"));
				byFact.computeIfAbsent(fact, f -> new ArrayList<>()).add(row);
			}
		}
		return byFact;
	}

}
