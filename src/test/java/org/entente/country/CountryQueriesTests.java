package org.entente.country;

import org.entente.QueryTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/** cypher/queries/countries.cypher and country.cypher, as CountryService maps them, on the seed. */
@Import(CountryService.class)
class CountryQueriesTests extends QueryTest {

	@Autowired
	CountryService countries;

	@Test
	void listsEveryIsoCountryByName() {
		assertThat(this.countries.all()).hasSizeGreaterThanOrEqualTo(249)
			.extracting(CountrySummary::name)
			.isSorted();
		assertThat(this.countries.all()).filteredOn(c -> c.id().equals("RUS"))
			.singleElement()
			.satisfies(russia -> assertThat(russia.cowCode()).isEqualTo(365));
	}

	@Test
	void aCountryHasItsMilitariesAndTheOfficialsServingInThem() {
		CountryDetails myanmar = this.countries.find("MMR").orElseThrow();

		assertThat(myanmar.militaries()).extracting(CountryDetails.UnitRef::id).containsExactly("mil-mmr-armed-forces");
		assertThat(myanmar.officials()).extracting(CountryDetails.OfficialRef::name)
			.containsExactly("Min Aung Hlaing", "Soe Win");
	}

	@Test
	void anUnknownCountryIsEmpty() {
		assertThat(this.countries.find("XYZ")).isEmpty();
	}

}
