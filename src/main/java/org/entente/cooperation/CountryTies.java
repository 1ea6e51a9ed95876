package org.entente.cooperation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The cooperation scores between countries, for features that build on them: the same numbers as the dyad, partner
 * and matrix endpoints, from the same queries (the rollups at the default half-life, the facts otherwise), so that
 * the scoring formula lives in one place.
 */
@Component
public class CountryTies {

	private final CooperationService cooperation;

	CountryTies(CooperationService cooperation) {
		this.cooperation = cooperation;
	}

	/** Every pair of countries with a score or a range at {@code asOf}, each once, ordered by {@code a}, {@code b}. */
	public List<CountryTie> at(LocalDate asOf, int halfLifeDays) {
		return this.cooperation.countryPairs(asOf, halfLifeDays)
			.stream()
			.sorted(Comparator.comparing(CountryTie::a).thenComparing(CountryTie::b))
			.toList();
	}

	/**
	 * The facts behind each of {@code ties}, strongest first, at most {@code perTie} of each, read in one query.
	 * @return the facts by {@link CountryTie#key()}
	 */
	public Map<String, List<TieFact>> facts(Collection<CountryTie> ties, LocalDate asOf, int halfLifeDays, int perTie) {
		Map<String, List<TieFact>> facts = new LinkedHashMap<>();
		if (ties.isEmpty()) {
			return facts;
		}
		List<String> as = ties.stream().map(CountryTie::a).distinct().sorted().toList();
		List<String> bs = ties.stream().map(CountryTie::b).distinct().sorted().toList();
		Map<String, Cooperation> found = new LinkedHashMap<>();
		this.cooperation.withEvidence(as, bs, asOf, halfLifeDays).forEach(c -> found.put(c.a() + "|" + c.b(), c));
		for (CountryTie tie : ties) {
			Cooperation c = found.get(tie.key());
			facts.put(tie.key(), (c == null) ? List.of() : c.evidence().stream().limit(perTie).map(CountryTies::fact).toList());
		}
		return facts;
	}

	private static TieFact fact(Cooperation.Evidence e) {
		return new TieFact(e.id(), e.kind(), e.summary(), e.date(), e.cameo(), e.direction(), e.contribution(), e.certain(),
				e.sourceIds());
	}

}
