package org.entente.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.entente.cypher.AppliedScripts;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Loads the seed dossiers ({@code dossiers/seed/*.json}) through the importer like any other dossier: the last step
 * of the start-up (see {@code StartupSequence}). A seed already loaded with the same text is skipped.
 */
@Component
public class SeedLoader {

	private static final Log log = LogFactory.getLog(SeedLoader.class);

	private final DossierImporter importer;

	private final AppliedScripts applied;

	private final ResourcePatternResolver resources;

	private final JsonMapper json;

	private final boolean enabled;

	SeedLoader(DossierImporter importer, AppliedScripts applied,
			ResourcePatternResolver resources, JsonMapper json, @Value("${entente.seed.enabled:true}") boolean enabled) {
		this.importer = importer;
		this.applied = applied;
		this.resources = resources;
		this.json = json;
		this.enabled = enabled;
	}

	/** Imports each seed dossier not loaded yet with its present text. */
	public void loadSeeds() {
		if (!this.enabled) {
			return;
		}
		for (Resource seed : seeds()) {
			String text = text(seed);
			String name = "dossiers/seed/" + seed.getFilename();
			String sha256 = AppliedScripts.sha256(text);
			if (this.applied.applied(name, sha256)) {
				log.info(name + " already loaded");
				continue;
			}
			long started = System.nanoTime();
			this.importer.importAll(Map.of("", this.json.readTree(text)));
			this.applied.record(name, sha256);
			log.info("Loaded %s in %d ms".formatted(name, (System.nanoTime() - started) / 1_000_000));
		}
	}

	private Resource[] seeds() {
		try {
			Resource[] seeds = this.resources.getResources("classpath*:dossiers/seed/*.json");
			Arrays.sort(seeds, Comparator.comparing(Resource::getFilename));
			return seeds;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot find the seed dossiers", ex);
		}
	}

	private static String text(Resource seed) {
		try {
			return seed.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the seed dossier " + seed.getFilename(), ex);
		}
	}

}
