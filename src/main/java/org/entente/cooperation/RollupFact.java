package org.entente.cooperation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * What the rollups need of one fact: its dates, status, kind, CAMEO code, count, event types, and who gave or acted
 * ({@code givers}) and who received or was targeted ({@code receivers}); {@code joint} pairs the givers as mutual.
 */
record RollupFact(String id, LocalDate dateFrom, LocalDate dateTo, String status, String kind, String cameo, Long count,
		boolean joint, Set<String> types, Set<String> givers, Set<String> receivers) {

	/** A row of cypher/queries/rollup-facts.cypher. */
	@SuppressWarnings("unchecked")
	static RollupFact of(Map<String, Object> row) {
		return new RollupFact((String) row.get("id"), (LocalDate) row.get("dateFrom"), (LocalDate) row.get("dateTo"),
				(String) row.get("status"), (String) row.get("kind"), (String) row.get("cameo"),
				(row.get("count") instanceof Number n) ? n.longValue() : null, Boolean.TRUE.equals(row.get("joint")),
				Set.copyOf((Collection<String>) row.get("types")), Set.copyOf((Collection<String>) row.get("givers")),
				Set.copyOf((Collection<String>) row.get("receivers")));
	}

}
