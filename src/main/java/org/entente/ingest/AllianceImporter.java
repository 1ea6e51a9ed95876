package org.entente.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports alliance membership by member (COW Formal Alliances v4.1, ATOP 5.1) as alliances and their members,
 * through the dossier importer's writes: each alliance an {@code (:Alliance)} with the obligations any member
 * takes on, each member's participation a {@code MEMBER_OF} tie with its dates of entry and exit, from which the
 * rollups derive the standing ties of every pair of members (cypher/import/standing-ties.cypher) and score them
 * like a dossier's (MODEL.md). Every row is checked first; a file with an error writes nothing, and the file is
 * one import, all or nothing ({@link ChunkedImport}). docs/formats.md maps every column.
 */
@Service
class AllianceImporter {

	private final DossierImporter importer;

	private final ImportRetraction retraction;

	private final TransactionTemplate transactions;

	private final CowCountries countries = new CowCountries();

	AllianceImporter(DossierImporter importer, ImportRetraction retraction, PlatformTransactionManager transactions) {
		this.importer = importer;
		this.retraction = retraction;
		this.transactions = new TransactionTemplate(transactions);
	}

	/**
	 * What one file's import did: its lines, the rows of members with an ISO country, the alliances and
	 * memberships they became, the skipped rows by reason, and what was written.
	 */
	record Result(String file, String sourceId, String importId, long lines, long members, long alliances,
			long memberships, Map<String, Long> skipped, int nodesCreated, int relationshipsCreated) {
	}

	/**
	 * Checks a file without writing.
	 * @throws InvalidFileException listing its errors
	 */
	AllianceMembers.Summary check(AllianceMembers.Dataset dataset, Path path, String file) {
		return read(dataset, path, file, member -> {
		});
	}

	/**
	 * Checks the file, then imports it as one import by {@code origin}, or leaves nothing of it.
	 * @param file the file as errors name it (the source is named by the origin's file name)
	 * @throws InvalidFileException listing its errors
	 */
	Result importFile(AllianceMembers.Dataset dataset, Path path, String file, ImportOrigin origin, LongConsumer progress) {
		Map<Long, Alliance> alliances = new TreeMap<>();
		AllianceMembers.Summary summary = read(dataset, path, file,
				member -> alliances.computeIfAbsent(member.alliance(), Alliance::new).add(member));
		String sourceId = "src-" + dataset.format + "-" + origin.sha256().substring(0, 16);
		Map<String, Long> skipped = new TreeMap<>(summary.skipped());
		if (alliances.isEmpty()) {
			return new Result(file, sourceId, null, summary.lines(), 0, 0, 0, skipped, 0, 0);
		}
		String name = (origin.file() != null) ? origin.file() : sourceId;
		Map<String, Object> source = new LinkedHashMap<>();
		source.put("id", sourceId);
		source.put("name", dataset.title + ": " + name);
		source.put("nameKnown", true);
		// As far as the dataset says: a member with no exit was in the alliance on the last day it covers.
		source.put("date", dataset.coveredTo);
		source.put("publisher", dataset.publisher);
		source.put("kind", "dataset");
		source.put("document", name);
		List<Map<String, Object>> entities = new ArrayList<>();
		List<Map<String, Object>> memberships = new ArrayList<>();
		for (Alliance alliance : alliances.values()) {
			String id = "all-" + dataset.format + "-" + alliance.id;
			Map<String, Object> props = new LinkedHashMap<>();
			props.put("name", dataset.name() + " alliance " + alliance.id);
			// The member-level file names no alliance: its number is all that is known.
			props.put("nameKnown", false);
			props.put("aliases", List.of());
			props.put("obligations", List.copyOf(alliance.obligations));
			props.put("dataset", dataset.format);
			props.put("datasetId", alliance.id);
			entities.add(new LinkedHashMap<>(Map.of("label", "Alliance", "id", id, "properties", props, "drop", List.of())));
			alliance.members.forEach((country, spells) -> memberships.add(membership(country, id, spells, skipped)));
		}
		ChunkedImport writes = new ChunkedImport(this.importer, this.retraction, this.transactions, origin);
		ImportResult written = writes.write(new DossierPlan(source, entities, List.of(), List.of(), List.of(), List.of(),
				memberships));
		progress.accept(summary.lines());
		return new Result(file, sourceId, writes.finish(), summary.lines(), summary.members(), alliances.size(),
				memberships.size(), skipped, written.nodesCreated(), written.relationshipsCreated());
	}

	/**
	 * One member's participation: its rows' spells, those that meet or overlap taken together; a member that left
	 * and joined again has one tie per alliance in the model, so its latest participation is kept and the earlier
	 * ones are counted as skipped.
	 */
	private static Map<String, Object> membership(String country, String alliance, List<AllianceMembers.Member> rows,
			Map<String, Long> skipped) {
		List<AllianceMembers.Member> spells = new ArrayList<>(rows);
		spells.sort(Comparator.comparing((AllianceMembers.Member m) -> m.entry().from()).thenComparing(AllianceMembers.Member::line));
		List<List<AllianceMembers.Member>> joined = new ArrayList<>();
		LocalDate until = null;
		for (AllianceMembers.Member spell : spells) {
			// Open (null) until a spell with no exit; a spell that begins by the day after it joins the one before.
			LocalDate exit = (spell.exit() == null) ? null : spell.exit().to();
			if (joined.isEmpty() || (until != null && spell.entry().from().isAfter(until.plusDays(1)))) {
				joined.add(new ArrayList<>());
				until = exit;
			}
			else {
				until = (until == null || exit == null) ? null : exit.isAfter(until) ? exit : until;
			}
			joined.get(joined.size() - 1).add(spell);
		}
		if (joined.size() > 1) {
			skipped.merge("a member's earlier participation, before it left and joined again (one membership per member "
					+ "and alliance: the latest is kept)", (long) joined.size() - 1, Long::sum);
		}
		List<AllianceMembers.Member> latest = joined.get(joined.size() - 1);
		AllianceMembers.Member first = latest.get(0);
		AllianceMembers.Member last = latest.stream().anyMatch(m -> m.exit() == null) ? null
				: latest.stream().max(Comparator.comparing(m -> m.exit().to())).orElseThrow();
		Map<String, Object> props = new LinkedHashMap<>();
		range(props, "start", first.entry());
		if (last != null) {
			range(props, "end", last.exit());
			props.put("endReason", "left");
		}
		props.put("line", first.line());
		props.put("lines", latest.stream().map(AllianceMembers.Member::line).sorted().toList());
		return Map.of("country", country, "type", "MEMBER_OF", "of", alliance, "properties", props);
	}

	private static void range(Map<String, Object> props, String name, ImpreciseDate date) {
		props.put(name, date.edtf());
		props.put(name + "From", date.from());
		props.put(name + "To", date.to());
	}

	private AllianceMembers.Summary read(AllianceMembers.Dataset dataset, Path path, String file,
			Consumer<AllianceMembers.Member> members) {
		return InvalidFileException.read(path, file, in -> new AllianceMembers(dataset, this.countries).read(file, in, members));
	}

	/** One alliance: the obligations any member's row gives, and each member's rows. */
	private static final class Alliance {

		final long id;

		final TreeSet<String> obligations = new TreeSet<>();

		final Map<String, List<AllianceMembers.Member>> members = new TreeMap<>();

		Alliance(long id) {
			this.id = id;
		}

		void add(AllianceMembers.Member member) {
			this.obligations.addAll(member.obligations());
			this.members.computeIfAbsent(member.country(), c -> new ArrayList<>()).add(member);
		}

	}

}
