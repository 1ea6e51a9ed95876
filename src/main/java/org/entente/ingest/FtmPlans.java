package org.entente.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** FtM entities and facts gathered into plans of {@link DossierImporter#BATCH} rows, each written as it fills. */
final class FtmPlans {

	private final Map<String, Object> source;

	final DossierImporter.Writes writes;

	private List<Map<String, Object>> entities = new ArrayList<>();

	private List<Map<String, Object>> ties = new ArrayList<>();

	private List<Map<String, Object>> facts = new ArrayList<>();

	private List<Map<String, Object>> in = new ArrayList<>();

	private List<Map<String, Object>> out = new ArrayList<>();

	int nodes;

	int relationships;

	FtmPlans(Map<String, Object> source, DossierImporter.Writes writes) {
		this.source = source;
		this.writes = writes;
	}

	void entity(FtmEntities.Entity entity, FtmImporter.Known known) {
		Map<String, Object> props = new LinkedHashMap<>();
		Map<String, Object> graph = known.graph();
		Set<String> datasets = new TreeSet<>(entity.datasets());
		if (graph == null) {
			props.put("name", known.name());
			props.put("nameKnown", true);
			props.put("aliases", known.names().subList(1, known.names().size()));
		}
		else {
			// Known already: its name stays; the file's names join its aliases, its datasets the file's.
			Set<String> aliases = new LinkedHashSet<>(strings(graph.get("aliases")));
			known.names().stream().filter(n -> !n.equals(graph.get("name"))).forEach(aliases::add);
			props.put("aliases", List.copyOf(aliases));
			datasets.addAll(strings(graph.get("datasets")));
		}
		if (graph == null || graph.get("ftmId") == null) {
			props.put("ftmId", entity.id());
		}
		props.put("datasets", List.copyOf(datasets));
		if (known.label().equals("Official")) {
			Set<String> countries = new TreeSet<>(known.countries());
			if (graph != null) {
				countries.addAll(strings(graph.get("countries")));
			}
			props.put("countries", List.copyOf(countries));
			if (entity.day("birthDate") != null) {
				props.put("birthDate", entity.day("birthDate"));
			}
		}
		Map<String, Object> row = new HashMap<>();
		row.put("label", known.label());
		row.put("id", known.id());
		row.put("properties", props);
		row.put("drop", List.of());
		row.put("line", entity.line());
		this.entities.add(row);
		if (known.country() != null) {
			this.ties.add(Map.of("from", known.id(), "type", "OF_COUNTRY", "to", known.country(), "line", entity.line()));
		}
		if (this.entities.size() == DossierImporter.BATCH) {
			flush();
		}
	}

	void fact(FtmEntities.Entity entity, String label, String id, String typeCode, Map<String, Object> props,
			List<Map<String, Object>> in, List<Map<String, Object>> out) {
		Map<String, Object> report = new LinkedHashMap<>();
		report.put("countQualifier", "unknown");
		report.put("status", "carried_out");
		report.put("summary", entity.first("summary") != null ? entity.first("summary") : props.get("name"));
		report.put("claim", "reported");
		report.put("date", this.source.get("date"));
		report.put("url", entity.first("sourceUrl"));
		report.put("line", entity.line());
		Map<String, Object> row = new HashMap<>();
		row.put("label", label);
		row.put("id", id);
		row.put("typeCode", typeCode);
		row.put("properties", props);
		row.put("report", report);
		// An FtM entity is its own identity: no matching with other reports.
		row.put("match", false);
		this.facts.add(row);
		this.in.addAll(in);
		this.out.addAll(out);
		if (this.facts.size() == DossierImporter.BATCH) {
			flush();
		}
	}

	void flush() {
		if (this.entities.isEmpty() && this.facts.isEmpty()) {
			return;
		}
		ImportResult result = this.writes.write(new DossierPlan(this.source, this.entities, this.ties, this.facts,
				this.in, this.out, List.of()));
		this.nodes += result.nodesCreated();
		this.relationships += result.relationshipsCreated();
		this.entities = new ArrayList<>();
		this.ties = new ArrayList<>();
		this.facts = new ArrayList<>();
		this.in = new ArrayList<>();
		this.out = new ArrayList<>();
	}

	private static List<String> strings(Object list) {
		return (list == null) ? List.of() : ((List<?>) list).stream().map(String::valueOf).toList();
	}

}

