package org.entente.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.entente.cypher.CypherQueries;
import org.entente.cypher.ReadTransaction;
import org.entente.entity.EntityLookup;
import org.entente.vocabulary.Vocabulary;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Exports the graph, or one entity's neighbourhood, as GraphML (Gephi, yEd), GEXF 1.3 with dynamics (Gephi's
 * timeline), FollowTheMoney entities, JSON or Cypher. JSON and Cypher
 * re-import into Entente with the graph import scripts ({@code cypher/import/graph-*.cypher}): the Cypher export is
 * those very scripts with the rows written in.
 */
@Service
@ReadTransaction
class ExportService {

	static final int ROWS_PER_STATEMENT = 500;

	private final Neo4jClient neo4j;

	private final EntityLookup entities;

	private final JsonMapper json;

	private final String exportQuery;

	private final String nodesScript;

	private final String relationshipsScript;

	ExportService(Neo4jClient neo4j, EntityLookup entities, JsonMapper json, CypherQueries queries) {
		this.neo4j = neo4j;
		this.entities = entities;
		this.json = json;
		this.exportQuery = queries.get("export");
		this.nodesScript = queries.importStep("graph-nodes");
		this.relationshipsScript = queries.importStep("graph-relationships");
	}

	String export(ExportFormat format, String center, int depth) {
		if (center != null) {
			this.entities.requireAll(Map.of("center", center));
		}
		GraphSnapshot graph = snapshot(center, depth, null);
		return switch (format) {
			case GRAPHML -> GraphMlWriter.write(graph);
			case JSON -> this.json.writeValueAsString(jsonDocument(graph));
			case CYPHER -> cypher(graph);
			case GEXF -> GexfWriter.write(graph);
			case FTM -> FtmWriter.write(this.json, graph);
		};
	}

	/**
	 * Nodes and relationships, sorted (nodes by key label and id, relationships by type and ends, properties by
	 * name), so that the same graph always exports to the same text.
	 */
	GraphSnapshot snapshot(String center, int depth, String source) {
		Map<String, Object> params = new HashMap<>();
		params.put("center", center);
		params.put("depth", depth);
		params.put("source", source);
		return this.neo4j.query(this.exportQuery).bindAll(params).fetchAs(GraphSnapshot.class).mappedBy((types, row) -> {
			Map<String, GraphSnapshot.Node> exported = nodes(row.get("nodes"));
			Map<String, GraphSnapshot.Node> known = new HashMap<>(exported);
			known.putAll(nodes(row.get("boundary")));
			List<GraphSnapshot.Relationship> relationships = new ArrayList<>();
			for (Relationship r : row.get("relationships").asList(Value::asRelationship)) {
				GraphSnapshot.Node start = known.get(r.startNodeElementId());
				GraphSnapshot.Node end = known.get(r.endNodeElementId());
				if (start != null && end != null) {
					relationships.add(new GraphSnapshot.Relationship(r.type(), start.key(), start.id(), end.key(), end.id(),
							new TreeMap<>(r.asMap())));
				}
			}
			relationships.sort(Comparator.comparing(GraphSnapshot.Relationship::type)
				.thenComparing(GraphSnapshot.Relationship::start)
				.thenComparing(GraphSnapshot.Relationship::end));
			List<GraphSnapshot.Node> nodes = new ArrayList<>(exported.values());
			nodes.sort(Comparator.comparing(GraphSnapshot.Node::key).thenComparing(GraphSnapshot.Node::id));
			return new GraphSnapshot(nodes, relationships);
		}).one().orElse(new GraphSnapshot(List.of(), List.of()));
	}

	/** Nodes with a key label and an id, by element id. */
	private static Map<String, GraphSnapshot.Node> nodes(Value list) {
		Map<String, GraphSnapshot.Node> byElementId = new HashMap<>();
		list.asList(Value::asNode).forEach(node -> {
			String key = keyLabel(node);
			if (key != null) {
				byElementId.put(node.elementId(), new GraphSnapshot.Node(key, node.get("id").asString(),
						StreamSupport.stream(node.labels().spliterator(), false).sorted().toList(),
						new TreeMap<>(node.asMap())));
			}
		});
		return byElementId;
	}

	/** The document {@code POST /api/graph} takes back. */
	static Map<String, Object> jsonDocument(GraphSnapshot graph) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("format", GraphImporter.FORMAT);
		document.put("nodes", graph.nodes().stream().map(ExportService::nodeRow).map(GraphJson::encode).toList());
		document.put("relationships",
				graph.relationships().stream().map(ExportService::relationshipRow).map(GraphJson::encode).toList());
		return document;
	}

	/** One source's part of the graph as Cypher: how the console's seed script is made from the seed dossier. */
	String sourceAsCypher(String sourceId, String header) {
		return cypher(snapshot(null, 1, sourceId), header);
	}

	private String cypher(GraphSnapshot graph) {
		return cypher(graph, """
				// Entente graph export: run it in Neo4j Browser or cypher-shell on a database with Entente's schema
				// (cypher/schema.cypher). Nodes are merged on their key label and id, so running it twice changes nothing.
				""");
	}

	private String cypher(GraphSnapshot graph, String header) {
		StringBuilder script = new StringBuilder(header);
		statements(script, this.nodesScript, graph.nodes().stream().map(ExportService::nodeRow).toList());
		statements(script, this.relationshipsScript,
				graph.relationships().stream().map(ExportService::relationshipRow).toList());
		return script.toString();
	}

	private static void statements(StringBuilder script, String statement, List<Map<String, Object>> rows) {
		for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
			List<Map<String, Object>> batch = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
			String literal = batch.stream().map(CypherLiteral::of).collect(Collectors.joining(",\n  ", "[\n  ", "\n]"));
			script.append('\n').append(statement.replace("$rows", literal)).append(";\n");
		}
	}

	static Map<String, Object> nodeRow(GraphSnapshot.Node node) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("key", node.key());
		row.put("id", node.id());
		row.put("labels", node.labels());
		row.put("properties", node.properties());
		return row;
	}

	static Map<String, Object> relationshipRow(GraphSnapshot.Relationship r) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("type", r.type());
		row.put("startKey", r.startKey());
		row.put("start", r.start());
		row.put("endKey", r.endKey());
		row.put("end", r.end());
		row.put("properties", r.properties());
		return row;
	}

	private static String keyLabel(Node node) {
		if (!node.containsKey("id")) {
			return null;
		}
		return Vocabulary.KEY_LABELS.stream().filter(node::hasLabel).findFirst().orElse(null);
	}

}
