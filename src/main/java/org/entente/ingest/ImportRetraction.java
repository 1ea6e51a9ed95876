package org.entente.ingest;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.entente.cypher.CypherQueries;
import org.entente.cypher.RecordValues;
import org.entente.web.NotFoundException;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists imports and retracts one, in one transaction: what it alone added is removed
 * (cypher/import/import-retract.cypher), and the rollups hear of it through {@link FactWrites} like an import's
 * writes: the facts it touched are taken out as they counted and counted again as the graph now holds them.
 */
@Service
class ImportRetraction {

	static final int MAX_LIMIT = 500;

	private final Neo4jClient neo4j;

	private final List<FactWrites> observers;

	private final String listQuery;

	private final String scopeStep;

	private final String retractStep;

	ImportRetraction(Neo4jClient neo4j, List<FactWrites> observers, CypherQueries queries) {
		this.neo4j = neo4j;
		this.observers = observers;
		this.listQuery = queries.get("imports");
		this.scopeStep = queries.importStep("import-retract-scope");
		this.retractStep = queries.importStep("import-retract");
	}

	@Transactional(readOnly = true)
	List<Map<String, Object>> list(int limit) {
		return imports(null, limit);
	}

	@Transactional(readOnly = true)
	Map<String, Object> one(String id) {
		return imports(id, 1).stream().findFirst().orElseThrow(() -> new NotFoundException("import", id));
	}

	/** Whether the import is recorded (committed). */
	@Transactional(readOnly = true)
	boolean exists(String id) {
		return !imports(id, 1).isEmpty();
	}

	/** Retracts the import, by the logged-in user; its record, now retracted. */
	@Transactional
	Map<String, Object> retract(String id) {
		Authentication login = SecurityContextHolder.getContext().getAuthentication();
		return retract(id, login != null ? login.getName() : "unknown");
	}

	/** Retracts the import, by {@code by} (a user, or why an import undid itself); its record, now retracted. */
	@Transactional
	Map<String, Object> retract(String id, String by) {
		Map<String, Object> record = one(id);
		if (record.get("retractedAt") != null) {
			throw new ImportConflictException(id, (String) record.get("retractedAt"));
		}
		Scope scope = this.neo4j.query(this.scopeStep).bind(id).to("importId")
			.fetchAs(Scope.class)
			.mappedBy((types, row) -> new Scope(RecordValues.strings(row.get("facts")), RecordValues.strings(row.get("treaties"))))
			.one().orElseThrow();
		FactWrites.Change change = new FactWrites.Change(new HashSet<>(scope.facts()), new HashSet<>(scope.treaties()),
				List.of(), List.of());
		List<FactWrites.AfterWrite> afterWrites = this.observers.stream().map(o -> o.beforeWrite(change)).toList();
		this.neo4j.query(this.retractStep)
			.bindAll(Map.of("importId", id, "user", by, "at",
					ZonedDateTime.now(ZoneOffset.UTC), "treaties", scope.treaties()))
			.run();
		afterWrites.forEach(FactWrites.AfterWrite::afterWrite);
		return one(id);
	}

	private List<Map<String, Object>> imports(String id, int limit) {
		Map<String, Object> params = new java.util.HashMap<>();
		params.put("id", id);
		params.put("limit", limit);
		return this.neo4j.query(this.listQuery).bindAll(params)
			.fetchAs(Imports.class)
			.mappedBy((types, row) -> new Imports(row.get("imports").asList(v -> v.asMap())))
			.one().orElseThrow().imports();
	}

	private record Scope(List<String> facts, List<String> treaties) {
	}

	private record Imports(List<Map<String, Object>> imports) {
	}

}
