package org.entente.country;

import java.util.Collection;
import java.util.Optional;

import org.entente.graph.CypherQueries;
import org.entente.graph.Values;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
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
			.mappedBy((types, row) -> new CountrySummary(Values.string(row.get("id")), Values.string(row.get("iso2")),
					Values.string(row.get("name")), Values.string(row.get("wikidata")),
					Values.integer(row.get("cowCode"))))
			.all();
	}

	Optional<CountryDetails> find(String iso3) {
		return this.neo4j.query(this.countryQuery)
			.bind(iso3).to("iso3")
			.fetchAs(CountryDetails.class)
			.mappedBy((types, row) -> {
				Value c = row.get("country");
				return new CountryDetails(Values.string(c.get("id")), Values.string(c.get("iso2")),
						Values.string(c.get("name")), Values.string(c.get("wikidata")), Values.integer(c.get("cowCode")),
						Values.string(c.get("cowAbbrev")), row.get("militaries").asList(CountryService::unit),
						row.get("stateBodies").asList(CountryService::unit), row.get("officials").asList(CountryService::official));
			})
			.one();
	}

	private static CountryDetails.UnitRef unit(Value m) {
		return new CountryDetails.UnitRef(Values.string(m.get("id")), Values.string(m.get("name")),
				Values.string(m.get("kind")));
	}

	private static CountryDetails.OfficialRef official(Value o) {
		return new CountryDetails.OfficialRef(Values.string(o.get("id")), Values.string(o.get("name")),
				Values.string(o.get("military")), Values.string(o.get("body")), Values.string(o.get("title")),
				Values.string(o.get("rank")),
				Values.string(o.get("date")), Values.string(o.get("dateText")), Values.string(o.get("sourceId")));
	}

}
