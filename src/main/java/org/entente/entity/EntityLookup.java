package org.entente.entity;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.entente.cypher.CypherQueries;
import org.entente.cypher.ReadTransaction;
import org.entente.cypher.RecordValues;
import org.entente.web.NotFoundException;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Tells which ids name entities, so other features answer 404 for the parameter at fault. */
@Component
@ReadTransaction
public class EntityLookup {

	private final Neo4jClient neo4j;

	private final String query;

	EntityLookup(Neo4jClient neo4j, CypherQueries queries) {
		this.neo4j = neo4j;
		this.query = queries.get("entity-ids");
	}

	/**
	 * Ids and their labels, for those that exist.
	 * @param ids ids to look up
	 * @return each existing id with its labels
	 */
	public Map<String, List<String>> labels(Set<String> ids) {
		Map<String, List<String>> found = new LinkedHashMap<>();
		this.neo4j.query(this.query)
			.bind(List.copyOf(ids)).to("ids")
			.fetchAs(Labelled.class)
			.mappedBy((types, row) -> new Labelled(row.get("id").asString(), RecordValues.strings(row.get("labels"))))
			.all()
			.forEach(entity -> found.put(entity.id(), entity.labels()));
		return found;
	}

	/**
	 * Fails with a 404 naming the first parameter whose id names nothing.
	 * @param idsByParameter request parameter name to the id it carries
	 * @return each id with its labels
	 */
	public Map<String, List<String>> requireAll(Map<String, String> idsByParameter) {
		Map<String, List<String>> found = labels(Set.copyOf(idsByParameter.values()));
		idsByParameter.forEach((parameter, id) -> {
			if (!found.containsKey(id)) {
				throw new NotFoundException("entity (" + parameter + ")", id);
			}
		});
		return found;
	}

	/**
	 * Fails with a 404 naming the parameter when any of its ids names nothing.
	 * @param parameter the request parameter carrying the ids
	 * @param ids the ids
	 * @return each id with its labels
	 */
	public Map<String, List<String>> requireEach(String parameter, Collection<String> ids) {
		Map<String, List<String>> found = labels(Set.copyOf(ids));
		ids.stream().filter(id -> !found.containsKey(id)).findFirst().ifPresent(id -> {
			throw new NotFoundException("entity (" + parameter + ")", id);
		});
		return found;
	}

	private record Labelled(String id, List<String> labels) {
	}

}
