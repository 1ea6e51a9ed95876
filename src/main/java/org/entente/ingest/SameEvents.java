package org.entente.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * One event told by several sources is one fact. Before a dossier's facts are written, each report that neither
 * names the fact it is about ({@code sameAs}) nor says it is distinct is looked up among the facts in the graph by
 * cypher/import/same-events.cypher: a sure match takes that fact's id (the report is added to it); an unsure one
 * stays a fact of its own, marked as a possible duplicate ({@code duplicateOf}, POSSIBLY_SAME_AS) so that scores
 * count it once.
 */
final class SameEvents {

	private static final Set<String> GIVING = Set.of("CONFERRED", "ACTOR_IN");

	private static final Set<String> RECEIVING = Set.of("AWARDED_TO", "TARGETS");

	private SameEvents() {
	}

	/** A match found in the graph: the report {@code id} is about the fact {@code same}. */
	record Match(String id, String same, boolean sure) {
	}

	/** The rows cypher/import/same-events.cypher looks up: the plan's facts not yet in the graph, open to matching. */
	static List<Map<String, Object>> lookups(DossierPlan plan, Set<String> existing) {
		Map<String, TreeSet<String>> givers = parties(plan.factTiesIn(), GIVING);
		Map<String, TreeSet<String>> receivers = parties(plan.factTiesOut(), RECEIVING);
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Map<String, Object> fact : plan.facts()) {
			String id = (String) fact.get("id");
			if (existing.contains(id) || !Boolean.TRUE.equals(fact.get("match")) || !givers.containsKey(id)) {
				continue;
			}
			@SuppressWarnings("unchecked")
			Map<String, Object> props = (Map<String, Object>) fact.get("properties");
			Map<String, Object> row = new HashMap<>();
			row.put("id", id);
			row.put("key", key(fact, givers.get(id), receivers.getOrDefault(id, new TreeSet<>())));
			row.put("dateFrom", (LocalDate) props.get("dateFrom"));
			row.put("dateTo", (LocalDate) props.get("dateTo"));
			rows.add(row);
		}
		return rows;
	}

	/**
	 * The key of the event a fact tells, as cypher/import/fact-terms.cypher sets it on every fact (its
	 * {@code sameEventKey}): kind, status, ongoing, CAMEO root, givers and receivers (sorted ids).
	 */
	private static String key(Map<String, Object> fact, TreeSet<String> givers, TreeSet<String> receivers) {
		@SuppressWarnings("unchecked")
		Map<String, Object> props = (Map<String, Object>) fact.get("properties");
		String cameo = (String) props.getOrDefault("cameo", "");
		return String.join("|", (String) fact.get("label"), (String) props.getOrDefault("status", "carried_out"),
				Boolean.toString(Boolean.TRUE.equals(props.get("ongoing"))), cameo.length() >= 2 ? cameo.substring(0, 2) : cameo,
				String.join(",", givers), String.join(",", receivers));
	}

	/** The plan with every sure match's rows under the matched fact's id, and every unsure one marked. */
	static DossierPlan apply(DossierPlan plan, List<Match> matches) {
		if (matches.isEmpty()) {
			return plan;
		}
		Map<String, String> sameAs = new HashMap<>();
		Map<String, String> possibly = new HashMap<>();
		matches.forEach(m -> (m.sure() ? sameAs : possibly).put(m.id(), m.same()));
		Function<Object, Object> id = old -> sameAs.getOrDefault(old, (String) old);
		List<Map<String, Object>> facts = new ArrayList<>();
		for (Map<String, Object> fact : plan.facts()) {
			Map<String, Object> row = new LinkedHashMap<>(fact);
			row.put("reportId", fact.get("id"));
			row.put("id", id.apply(fact.get("id")));
			if (possibly.containsKey(fact.get("id"))) {
				@SuppressWarnings("unchecked")
				Map<String, Object> props = new LinkedHashMap<>((Map<String, Object>) fact.get("properties"));
				props.put("duplicateOf", possibly.get(fact.get("id")));
				row.put("properties", props);
			}
			facts.add(row);
		}
		List<Map<String, Object>> out = new ArrayList<>(renamed(plan.factTiesOut(), id));
		possibly.forEach((fact, same) -> out.add(Map.of("fact", fact, "type", "POSSIBLY_SAME_AS", "entity", same, "to", "Fact")));
		return new DossierPlan(plan.source(), plan.entities(), plan.ties(), facts, renamed(plan.factTiesIn(), id), out,
				plan.memberships());
	}

	private static List<Map<String, Object>> renamed(List<Map<String, Object>> ties, Function<Object, Object> id) {
		return ties.stream().map(tie -> {
			Map<String, Object> row = new LinkedHashMap<>(tie);
			row.put("fact", id.apply(tie.get("fact")));
			return (Map<String, Object>) row;
		}).toList();
	}

	private static Map<String, TreeSet<String>> parties(List<Map<String, Object>> ties, Set<String> types) {
		Map<String, TreeSet<String>> parties = new HashMap<>();
		ties.stream().filter(tie -> types.contains(tie.get("type")))
			.forEach(tie -> parties.computeIfAbsent((String) tie.get("fact"), f -> new TreeSet<>()).add((String) tie.get("entity")));
		return parties;
	}

}
