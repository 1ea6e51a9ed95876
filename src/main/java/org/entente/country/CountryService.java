package org.entente.country;

import java.util.Collection;
import java.util.Optional;

import org.entente.cypher.CypherQueries;
import org.entente.cypher.ReadTransaction;
import org.entente.cypher.RecordValues;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

@Service
@ReadTransaction
class CountryService {

	private final Neo4jClient neo4j;

	private final String countriesQuery;

	private final String countryQuery;

	CountryService(Neo4jClient neo4j, CypherQueries queries) {
		this.neo4j = neo4j;
		this.countriesQuery = queries.get("countries");
		this.countryQuery = queries.get("country");
	}

	Collection<CountrySummary> all() {
		return this.neo4j.query(this.countriesQuery)
			.fetchAs(CountrySummary.class)
			.mappedBy((types, row) -> new CountrySummary(RecordValues.string(row.get("id")), RecordValues.string(row.get("iso2")),
					RecordValues.string(row.get("name")), RecordValues.string(row.get("wikidata")),
					RecordValues.integer(row.get("cowCode"))))
			.all();
	}

	Optional<CountryDetails> find(String iso3) {
		return this.neo4j.query(this.countryQuery)
			.bind(iso3).to("iso3")
			.fetchAs(CountryDetails.class)
			.mappedBy((types, row) -> {
				Value c = row.get("country");
				return new CountryDetails(RecordValues.string(c.get("id")), RecordValues.string(c.get("iso2")),
						RecordValues.string(c.get("name")), RecordValues.string(c.get("wikidata")), RecordValues.integer(c.get("cowCode")),
						RecordValues.string(c.get("cowAbbrev")), row.get("militaries").asList(CountryService::unit),
						row.get("stateBodies").asList(CountryService::unit), row.get("officials").asList(CountryService::official));
			})
			.one();
	}

	private static CountryDetails.UnitRef unit(Value m) {
		return new CountryDetails.UnitRef(RecordValues.string(m.get("id")), RecordValues.string(m.get("name")),
				RecordValues.string(m.get("kind")));
	}

	private static CountryDetails.OfficialRef official(Value o) {
		return new CountryDetails.OfficialRef(RecordValues.string(o.get("id")), RecordValues.string(o.get("name")),
				RecordValues.string(o.get("military")), RecordValues.string(o.get("body")), RecordValues.string(o.get("title")),
				RecordValues.string(o.get("rank")),
				RecordValues.string(o.get("date")), RecordValues.string(o.get("dateText")), RecordValues.string(o.get("sourceId")));
	}

}
