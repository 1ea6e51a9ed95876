package org.entente.paths;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.entente.cypher.CypherQueries;
import org.entente.cypher.ReadTransaction;
import org.entente.cypher.RecordValues;
import org.entente.entity.EntityLookup;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Alliance paths: the shortest by hops (Cypher {@code shortestPath}, or {@code allShortestPaths} for several) or the
 * strongest (GDS Yen's), through cooperative ties.
 */
@Service
@ReadTransaction
class PathService {

	private final Neo4jClient neo4j;

	private final EntityLookup entities;

	private final String shortestQuery;

	private final String shortestSeveralQuery;

	private final String strongestQuery;

	private final String strengthsQuery;

	PathService(Neo4jClient neo4j, EntityLookup entities, CypherQueries queries) {
		this.neo4j = neo4j;
		this.entities = entities;
		this.shortestQuery = queries.get("alliance-path");
		this.shortestSeveralQuery = queries.get("alliance-paths");
		this.strongestQuery = queries.get("strongest-paths");
		this.strengthsQuery = queries.get("fact-strengths");
	}

	/** A path as the query finds it: its nodes, its relationships and the facts on it. */
	private record Found(List<Node> nodes, List<Relationship> relationships, List<String> factIds) {

		List<String> nodeIds() {
			return this.nodes.stream().map(Node::elementId).toList();
		}

	}

	private record FactStrength(String id, double strength) {
	}

	AlliancePaths paths(String from, String to, int k, int maxHops, LocalDate asOf, int halfLifeDays, PathMode mode) {
		List<Found> rows = new ArrayList<>(run(query(mode, k), from, to, k, maxHops, asOf, halfLifeDays));
		if (mode == PathMode.STRONGEST && rows.size() < k) {
			// Yen's ten cheapest paths may all be longer than maxHops (ties in force cost nothing): the fewest-hop
			// paths fill up the answer, so that strongest finds a path wherever shortest does.
			Set<List<String>> found = rows.stream().map(Found::nodeIds).collect(Collectors.toSet());
			run(this.shortestSeveralQuery, from, to, k, maxHops, asOf, halfLifeDays).stream()
				.filter(row -> found.add(row.nodeIds()))
				.limit(k - rows.size())
				.forEach(rows::add);
		}
		if (rows.isEmpty()) {
			// No path, or no such entity: only then is it worth a query to tell which (404).
			this.entities.requireAll(Map.of("from", from, "to", to));
		}
		Map<String, Double> strengths = strengths(rows, asOf, halfLifeDays);
		List<AlliancePaths.AlliancePath> paths = rows.stream().map(row -> path(row, strengths)).toList();
		return new AlliancePaths(from, to, asOf, mode.name().toLowerCase(), paths);
	}

	private Collection<Found> run(String query, String from, String to, int k, int maxHops, LocalDate asOf,
			int halfLifeDays) {
		return this.neo4j.query(query)
			.bindAll(Map.of("from", from, "to", to, "k", k, "maxHops", maxHops, "asOf", asOf, "halfLifeDays",
					halfLifeDays))
			.fetchAs(Found.class)
			.mappedBy((types, row) -> new Found(row.get("nodes").asList(Value::asNode),
					row.get("relationships").asList(Value::asRelationship), RecordValues.strings(row.get("factIds"))))
			.all();
	}

	private String query(PathMode mode, int k) {
		if (mode == PathMode.STRONGEST) {
			return this.strongestQuery;
		}
		return (k == 1) ? this.shortestQuery : this.shortestSeveralQuery;
	}

	private Map<String, Double> strengths(Collection<Found> rows, LocalDate asOf, int halfLifeDays) {
		Set<String> factIds = new LinkedHashSet<>();
		rows.forEach(row -> factIds.addAll(row.factIds()));
		Map<String, Double> strengths = new HashMap<>();
		if (!factIds.isEmpty()) {
			this.neo4j.query(this.strengthsQuery)
				.bindAll(Map.of("ids", List.copyOf(factIds), "asOf", asOf, "halfLifeDays", halfLifeDays))
				.fetchAs(FactStrength.class)
				.mappedBy((types, row) -> new FactStrength(row.get("id").asString(), row.get("strength").asDouble()))
				.all()
				.forEach(fact -> strengths.put(fact.id(), fact.strength()));
		}
		return strengths;
	}

	private static AlliancePaths.AlliancePath path(Found row, Map<String, Double> strengths) {
		List<Node> nodes = row.nodes();
		List<Relationship> relationships = row.relationships();
		Map<String, Node> byElementId = nodes.stream().collect(Collectors.toMap(Node::elementId, Function.identity(), (x, y) -> x));
		double strength = row.factIds().stream()
			.distinct()
			.mapToDouble(id -> strengths.getOrDefault(id, 0.0))
			.reduce(1.0, (x, y) -> x * y);
		return new AlliancePaths.AlliancePath(relationships.size(), strength,
				nodes.stream().map(PathService::node).toList(),
				relationships.stream().map(r -> hop(r, byElementId, strengths)).toList());
	}

	private static AlliancePaths.PathNode node(Node node) {
		return new AlliancePaths.PathNode(RecordValues.string(node.get("id")),
				StreamSupport.stream(node.labels().spliterator(), false).toList(), RecordValues.string(node.get("name")));
	}

	private static AlliancePaths.Hop hop(Relationship r, Map<String, Node> byElementId, Map<String, Double> strengths) {
		Node start = byElementId.get(r.startNodeElementId());
		Node end = byElementId.get(r.endNodeElementId());
		Node fact = Stream.of(start, end).filter(n -> n.hasLabel("Fact")).findFirst().orElse(null);
		if (fact == null) {
			return new AlliancePaths.Hop(r.type(), RecordValues.string(start.get("id")), RecordValues.string(end.get("id")), null,
					RecordValues.string(r.get("start")), null, null, RecordValues.string(r.get("sourceId")), 1.0);
		}
		String factId = RecordValues.string(fact.get("id"));
		double strength = fact.hasLabel("Position") ? 1.0 : strengths.getOrDefault(factId, 0.0);
		Double goldstein = fact.get("goldstein").isNull() ? null : fact.get("goldstein").asDouble();
		return new AlliancePaths.Hop(r.type(), RecordValues.string(start.get("id")), RecordValues.string(end.get("id")), factId,
				RecordValues.string(fact.get("date")), RecordValues.string(fact.get("cameo")), goldstein,
				RecordValues.string(r.get("sourceId")), strength);
	}

}
