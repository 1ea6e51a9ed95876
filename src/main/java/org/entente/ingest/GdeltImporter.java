package org.entente.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

import org.entente.cypher.CypherQueries;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a GDELT 2.0 Events export as facts, through the dossier importer's writes (same-event matching, audit
 * trail, scoring, rollups), all or nothing per file: every line is checked first, and a file with an error
 * writes nothing. The file is read twice as a stream, never held: first to check it and to find which lines tell
 * the same event (the same day, countries and CAMEO root: MODEL.md), then to write one fact per event, in plans
 * of {@code entente.import.chunk-facts} facts, each committed on its own ({@link ChunkedImport}: a failure
 * retracts the chunks before it). What stays in memory is one small entry per event. docs/formats.md maps every
 * column.
 */
@Service
class GdeltImporter {

	private final DossierImporter importer;

	private final Neo4jClient neo4j;

	private final String isoCountriesQuery;

	private final ImportRetraction retraction;

	private final TransactionTemplate transactions;

	private final int chunkFacts;

	GdeltImporter(DossierImporter importer, ImportRetraction retraction, Neo4jClient neo4j, CypherQueries queries,
			PlatformTransactionManager transactions,
			@Value("${entente.import.chunk-facts:" + DossierImporter.BATCH + "}") int chunkFacts) {
		this.importer = importer;
		this.retraction = retraction;
		this.neo4j = neo4j;
		this.isoCountriesQuery = queries.get("iso-countries");
		this.transactions = new TransactionTemplate(transactions);
		if (chunkFacts < 1) {
			throw new IllegalArgumentException("entente.import.chunk-facts must be at least 1, not " + chunkFacts);
		}
		this.chunkFacts = chunkFacts;
	}

	/**
	 * What one file's import did: its lines, the events between two countries, the facts they became (lines that
	 * tell an event another line told are merged into its fact), the skipped lines by reason, and what was written.
	 */
	record Result(String file, String sourceId, String importId, long lines, long events, long facts,
			Map<String, Long> skipped, int nodesCreated, int relationshipsCreated) {
	}

	/**
	 * Checks a file without writing.
	 * @throws InvalidFileException listing its errors
	 */
	@Transactional(readOnly = true)
	GdeltEvents.Summary check(Path path, String file) {
		return read(path, file, events(), event -> {
		});
	}

	/**
	 * Checks the file, then imports it, chunk by chunk, as one import by {@code origin}, or leaves nothing of it.
	 * @param file the file as errors name it (the source is named by the origin's file name)
	 * @param progress told how many lines are written
	 * @throws InvalidFileException listing its errors
	 */
	Result importFile(Path path, String file, ImportOrigin origin, LongConsumer progress) {
		GdeltEvents reader = events();
		Map<String, SameEvent> events = new HashMap<>();
		GdeltEvents.Summary summary = read(path, file, reader, event -> events
			.computeIfAbsent(event.sameEventKey(), key -> new SameEvent(event.line()))
			.add(event));
		String sourceId = "src-gdelt-" + origin.sha256().substring(0, 16);
		if (events.isEmpty()) {
			return new Result(file, sourceId, null, summary.lines(), 0, 0, summary.skipped(), 0, 0);
		}
		Map<String, Object> source = new LinkedHashMap<>();
		source.put("id", sourceId);
		// Named by the file's own name (not the path it was given by), so that it is the same wherever it is read from.
		String name = (origin.file() != null) ? origin.file() : sourceId;
		source.put("name", "GDELT 2.0 Events export " + name);
		source.put("nameKnown", true);
		source.put("date", summary.lastAdded());
		source.put("publisher", "The GDELT Project");
		source.put("kind", "dataset");
		source.put("document", name);
		ChunkedImport writes = new ChunkedImport(this.importer, this.retraction, this.transactions, origin);
		Plans plans = new Plans(source, writes, this.chunkFacts);
		try {
			read(path, file, reader, event -> {
				SameEvent same = events.get(event.sameEventKey());
				if (same.firstLine == event.line()) {
					plans.add(event, same);
				}
				if (event.line() % DossierImporter.BATCH == 0) {
					progress.accept(event.line());
				}
			});
			plans.flush();
		}
		catch (RuntimeException ex) {
			// The file changed between the two reads, or could not be read again: nothing of it stays.
			writes.undo();
			throw ex;
		}
		progress.accept(summary.lines());
		return new Result(file, sourceId, writes.finish(), summary.lines(), summary.events(), events.size(),
				summary.skipped(), plans.nodes, plans.relationships);
	}

	private GdeltEvents events() {
		return new GdeltEvents(new CameoCountries(new HashSet<>(this.neo4j.query(this.isoCountriesQuery)
			.fetchAs(String.class).mappedBy((types, row) -> row.get("id").asString()).all())), this.importer.eventTypes());
	}

	private static GdeltEvents.Summary read(Path path, String file, GdeltEvents reader, Consumer<GdeltEvents.Event> events) {
		return InvalidFileException.read(path, file, in -> reader.read(file, in, events));
	}

	/** The lines that tell one event: the first, and every line's id, line, and the most sources and articles. */
	private static final class SameEvent {

		final long firstLine;

		long[] ids = new long[1];

		long[] lines = new long[1];

		int size;

		int sources;

		int articles;

		SameEvent(long firstLine) {
			this.firstLine = firstLine;
		}

		void add(GdeltEvents.Event event) {
			if (this.size == this.ids.length) {
				this.ids = Arrays.copyOf(this.ids, this.size * 2);
				this.lines = Arrays.copyOf(this.lines, this.size * 2);
			}
			this.ids[this.size] = event.id();
			this.lines[this.size++] = event.line();
			this.sources = Math.max(this.sources, event.sources());
			this.articles = Math.max(this.articles, event.articles());
		}

	}

	/** Facts gathered into plans of a chunk's size, each written (and committed) as it fills. */
	private static final class Plans {

		private final Map<String, Object> source;

		private final ChunkedImport writes;

		private final int size;

		private List<Map<String, Object>> facts = new ArrayList<>();

		private List<Map<String, Object>> in = new ArrayList<>();

		private List<Map<String, Object>> out = new ArrayList<>();

		int nodes;

		int relationships;

		Plans(Map<String, Object> source, ChunkedImport writes, int size) {
			this.source = source;
			this.writes = writes;
			this.size = size;
		}

		void add(GdeltEvents.Event event, SameEvent same) {
			String id = "eng-gdelt-" + event.id();
			String name = event.actor1() + " to " + event.actor2() + ", CAMEO " + event.cameo() + " (GDELT " + event.id() + ")";
			Map<String, Object> props = new LinkedHashMap<>();
			props.put("name", name);
			props.put("status", "carried_out");
			props.put("countQualifier", "unknown");
			props.put("cameo", event.cameo());
			props.put("date", event.date().toString());
			props.put("dateFrom", event.date());
			props.put("dateTo", event.date());
			props.put("datePrecision", "day");
			props.put("kind", "engagement");
			props.put("joint", false);
			props.put("activities", List.of());
			Map<String, Object> report = new LinkedHashMap<>();
			report.put("countQualifier", "unknown");
			report.put("status", "carried_out");
			report.put("summary", name);
			report.put("claim", "reported");
			report.put("date", event.added());
			report.put("url", event.url());
			report.put("goldstein", event.goldstein());
			report.put("sources", same.sources);
			report.put("articles", same.articles);
			report.put("line", same.firstLine);
			report.put("lines", Arrays.stream(same.lines, 0, same.size).boxed().toList());
			report.put("gdeltEventIds", Arrays.stream(same.ids, 0, same.size).boxed().toList());
			Map<String, Object> row = new HashMap<>();
			row.put("label", "Engagement");
			row.put("id", id);
			row.put("typeCode", event.cameo());
			row.put("properties", props);
			row.put("report", report);
			row.put("match", true);
			this.facts.add(row);
			this.in.add(Map.of("entity", event.actor1(), "type", "ACTOR_IN", "fact", id));
			this.out.add(Map.of("fact", id, "type", "TARGETS", "entity", event.actor2()));
			if (this.facts.size() == this.size) {
				flush();
			}
		}

		void flush() {
			if (this.facts.isEmpty()) {
				return;
			}
			ImportResult result = this.writes.write(new DossierPlan(this.source, List.of(), List.of(), this.facts,
					this.in, this.out, List.of()));
			this.nodes += result.nodesCreated();
			this.relationships += result.relationshipsCreated();
			this.facts = new ArrayList<>();
			this.in = new ArrayList<>();
			this.out = new ArrayList<>();
		}

	}

}
