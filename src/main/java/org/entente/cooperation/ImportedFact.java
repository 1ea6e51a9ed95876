package org.entente.cooperation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A fact as an import writes it: the properties it sets ({@code f += properties}, so a property it leaves out
 * keeps its value), its event type, and the ties it merges (added to those already there).
 */
final class ImportedFact {

	private static final Set<String> GIVING = Set.of("CONFERRED", "ACTOR_IN");

	private static final Set<String> RECEIVING = Set.of("AWARDED_TO", "TARGETS");

	private final String id;

	private final Map<String, Object> properties = new HashMap<>();

	private final Set<String> types = new HashSet<>();

	private final Set<String> givers = new HashSet<>();

	private final Set<String> receivers = new HashSet<>();

	private boolean engagement;

	private ImportedFact(String id) {
		this.id = id;
	}

	/** The facts of an import's rows, by id (a fact listed twice is merged, as the import merges it). */
	@SuppressWarnings("unchecked")
	static Map<String, ImportedFact> of(DyadRollups.Import rows) {
		Map<String, ImportedFact> facts = new LinkedHashMap<>();
		rows.facts().forEach(row -> {
			ImportedFact fact = facts.computeIfAbsent((String) row.get("id"), ImportedFact::new);
			fact.properties.putAll((Map<String, Object>) row.get("properties"));
			fact.engagement |= "Engagement".equals(row.get("label"));
			if (row.get("typeCode") != null) {
				fact.types.add((String) row.get("typeCode"));
			}
		});
		rows.tiesIn().stream().filter(tie -> GIVING.contains(tie.get("type"))).forEach(tie -> {
			ImportedFact fact = facts.get(tie.get("fact"));
			if (fact != null) {
				fact.givers.add((String) tie.get("entity"));
			}
		});
		rows.tiesOut().stream().filter(tie -> RECEIVING.contains(tie.get("type"))).forEach(tie -> {
			ImportedFact fact = facts.get(tie.get("fact"));
			if (fact != null) {
				fact.receivers.add((String) tie.get("entity"));
			}
		});
		return facts;
	}

	String id() {
		return this.id;
	}

	/** The fact as the import creates it. */
	RollupFact asNew() {
		return over(new RollupFact(this.id, null, null, null, null, null, null, false, Set.of(), Set.of(), Set.of()));
	}

	/**
	 * The fact as the import leaves it when the graph already holds {@code before}. An event type the graph does
	 * not know is never tied (the weights skip it too).
	 */
	RollupFact over(RollupFact before) {
		return new RollupFact(this.id, property("dateFrom", before.dateFrom()), property("dateTo", before.dateTo()),
				property("status", before.status()), property("kind", before.kind()), property("cameo", before.cameo()),
				count(before.count()), this.properties.containsKey("joint")
						? this.engagement && Boolean.TRUE.equals(this.properties.get("joint")) : before.joint(),
				union(before.types(), this.types), union(before.givers(), this.givers),
				union(before.receivers(), this.receivers));
	}

	@SuppressWarnings("unchecked")
	private <T> T property(String name, T before) {
		return this.properties.containsKey(name) ? (T) this.properties.get(name) : before;
	}

	private Long count(Long before) {
		return this.properties.containsKey("count") && this.properties.get("count") instanceof Number n ? n.longValue()
				: this.properties.containsKey("count") ? null : before;
	}

	private static Set<String> union(Set<String> a, Set<String> b) {
		Set<String> union = new HashSet<>(a);
		union.addAll(b);
		return Set.copyOf(union);
	}

}
