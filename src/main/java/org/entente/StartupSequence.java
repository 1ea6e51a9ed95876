package org.entente;

import org.entente.cooperation.RollupStartup;
import org.entente.cypher.ReferenceData;
import org.entente.ingest.SeedLoader;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * What the application does to its database at start, in this order, before the web server takes a request: each
 * step needs the ones before it (the reference tables need the schema's constraints, the rollups score facts by the
 * reference weights, the seed is imported through the rollups). Every step skips what is already done.
 */
@Component
class StartupSequence implements SmartInitializingSingleton {

	private final ReferenceData reference;

	private final RollupStartup rollups;

	private final SeedLoader seed;

	StartupSequence(ReferenceData reference, RollupStartup rollups, SeedLoader seed) {
		this.reference = reference;
		this.rollups = rollups;
		this.seed = seed;
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.reference.applySchema();
		this.reference.applyReferenceTables();
		this.rollups.rebuildIfStale();
		this.seed.loadSeeds();
	}

}
