package org.entente.entity;

import org.entente.QueryTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/** cypher/queries/search.cypher and entity.cypher, as EntityService maps them, on the seed. */
@Import(EntityService.class)
class EntityQueriesTests extends QueryTest {

	@Autowired
	EntityService entities;

	@Test
	void searchFindsEveryWordAnywhereInANameBestFirst() {
		assertThat(this.entities.search("aung hlaing", 20)).extracting(SearchHit::id)
			.startsWith("off-min-aung-hlaing")
			.contains("hon-rus-honor-min-aung-hlaing");
	}

	@Test
	void anEntityHasItsRelationshipsEachWithItsSource() {
		EntityDetails official = this.entities.find("off-min-aung-hlaing").orElseThrow();

		assertThat(official.labels()).contains("Official");
		assertThat(official.relationships()).isNotEmpty()
			.allSatisfy(relationship -> assertThat(relationship.otherId()).isNotNull());
	}

	@Test
	void anUnknownIdIsEmpty() {
		assertThat(this.entities.find("nowhere")).isEmpty();
	}

}
