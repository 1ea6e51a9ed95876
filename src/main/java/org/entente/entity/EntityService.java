package org.entente.entity;

import java.util.Collection;
import java.util.Optional;

import org.entente.cypher.CypherQueries;
import org.entente.cypher.ReadTransaction;
import org.entente.cypher.RecordValues;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/** Finds entities by name and reads any node with its relationships. */
@Service
@ReadTransaction
class EntityService {

	private final Neo4jClient neo4j;

	private final String searchQuery;

	private final String entityQuery;

	EntityService(Neo4jClient neo4j, CypherQueries queries) {
		this.neo4j = neo4j;
		this.searchQuery = queries.get("search");
		this.entityQuery = queries.get("entity");
	}

	Collection<SearchHit> search(String q, int limit) {
		return this.neo4j.query(this.searchQuery)
			.bind(q).to("q")
			.bind(limit).to("limit")
			.fetchAs(SearchHit.class)
			.mappedBy((types, row) -> new SearchHit(RecordValues.string(row.get("id")), RecordValues.strings(row.get("labels")),
					RecordValues.string(row.get("name"))))
			.all();
	}

	Optional<EntityDetails> find(String id) {
		return this.neo4j.query(this.entityQuery)
			.bind(id).to("id")
			.fetchAs(EntityDetails.class)
			.mappedBy((types, row) -> new EntityDetails(RecordValues.string(row.get("id")), RecordValues.strings(row.get("labels")),
					RecordValues.map(row.get("properties")), row.get("relationships").asList(EntityService::relationship)))
			.one();
	}

	private static EntityDetails.Relationship relationship(Value r) {
		Value source = r.get("source");
		EntityDetails.SourceRef sourceRef = source.isNull() ? null : new EntityDetails.SourceRef(
				RecordValues.string(source.get("id")), RecordValues.string(source.get("name")),
				source.get("date").isNull() ? null : source.get("date").asLocalDate());
		return new EntityDetails.Relationship(r.get("type").asString(), r.get("direction").asString(),
				RecordValues.string(r.get("otherId")), RecordValues.strings(r.get("otherLabels")), RecordValues.string(r.get("otherName")),
				RecordValues.map(r.get("properties")), sourceRef);
	}

}
