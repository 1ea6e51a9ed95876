package org.entente.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.entente.cooperation.CountryTie;
import org.entente.cooperation.CountryTies;
import org.entente.cooperation.TieFact;

import org.springframework.stereotype.Service;

/**
 * Blocs, brokers, influence and bloc changes: the scores of every pair of countries at the date and half-life asked
 * ({@link CountryTies}, the same numbers as the cooperation endpoints), measured by GDS ({@link NetworkGraph}), then
 * explained from the ties: a bloc's strongest ties, a broker's partners, each with the facts behind them. Each step
 * runs in a read-only transaction of its own.
 */
@Service
class NetworkService {

	/** Facts shown behind each tie an answer shows: the strongest; the dyad endpoint lists them all. */
	static final int FACTS_PER_TIE = 5;

	/** A broker's partners' pairs and its ties shown. */
	static final int JOINS_PER_BROKER = 5;

	static final int TIES_PER_BROKER = 3;

	private static final Predicate<CountryTie> COOPERATIVE = tie -> tie.score() > 0;

	private final CountryTies countryTies;

	private final NetworkGraph graph;

	NetworkService(CountryTies countryTies, NetworkGraph graph) {
		this.countryTies = countryTies;
		this.graph = graph;
	}

	Network network(LocalDate asOf, int halfLifeDays) {
		// A pair whose score is 0 (what is behind it is in its range only, or cancels out) ties nothing.
		List<CountryTie> ties = this.countryTies.at(asOf, halfLifeDays).stream()
			.filter(tie -> Math.abs(tie.score()) > 1e-9)
			.toList();
		if (ties.isEmpty()) {
			return new Network(asOf, halfLifeDays, 0.0, List.of(), List.of());
		}
		String name = NetworkGraph.newName();
		try {
			return Network.of(asOf, halfLifeDays, this.graph.measure(name, ties), ties);
		}
		finally {
			this.graph.drop(name);
		}
	}

	Blocs blocs(LocalDate asOf, int halfLifeDays, int tiesPerBloc) {
		Network network = network(asOf, halfLifeDays);
		Map<String, Network.Node> nodes = network.byId();
		Map<String, List<CountryTie>> internal = new LinkedHashMap<>();
		Map<String, Relation> relations = new LinkedHashMap<>();
		for (CountryTie tie : network.ties()) {
			String a = nodes.get(tie.a()).bloc();
			String b = nodes.get(tie.b()).bloc();
			if (a.equals(b)) {
				internal.computeIfAbsent(a, k -> new ArrayList<>()).add(tie);
			}
			else {
				String x = (a.compareTo(b) < 0) ? a : b;
				String y = x.equals(a) ? b : a;
				relations.computeIfAbsent(x + "|" + y, k -> new Relation(x, y)).add(tie);
			}
		}
		Map<String, List<CountryTie>> shown = new LinkedHashMap<>();
		for (String bloc : network.blocs().keySet()) {
			List<CountryTie> ties = internal.getOrDefault(bloc, List.of());
			shown.put(bloc + "+", strongest(ties, COOPERATIVE, Comparator.comparingDouble(CountryTie::score).reversed(), tiesPerBloc));
			shown.put(bloc + "-", strongest(ties, COOPERATIVE.negate(), Comparator.comparingDouble(CountryTie::score), tiesPerBloc));
		}
		Map<String, List<TieFact>> facts = facts(shown.values(), network);
		List<Blocs.Bloc> blocs = network.blocs().entrySet().stream().map(entry -> {
			List<CountryTie> ties = internal.getOrDefault(entry.getKey(), List.of());
			return new Blocs.Bloc(entry.getKey(), entry.getValue().size(), sum(ties, COOPERATIVE),
					sum(ties, COOPERATIVE.negate()), ties.stream().mapToInt(CountryTie::facts).sum(),
					entry.getValue().stream().map(n -> new Blocs.Member(n.id(), n.name(), n.influence(), n.betweenness())).toList(),
					shown(shown.get(entry.getKey() + "+"), facts), shown(shown.get(entry.getKey() + "-"), facts));
		}).toList();
		return new Blocs(asOf, halfLifeDays, network.modularity(), network.nodes().size(), blocs,
				relations.values().stream().map(Relation::answer).toList());
	}

	Brokers brokers(LocalDate asOf, int halfLifeDays, int top) {
		Network network = network(asOf, halfLifeDays);
		Map<String, Network.Node> nodes = network.byId();
		Map<String, Map<String, CountryTie>> partners = new HashMap<>();
		for (CountryTie tie : network.ties()) {
			partners.computeIfAbsent(tie.a(), k -> new LinkedHashMap<>()).put(tie.b(), tie);
			partners.computeIfAbsent(tie.b(), k -> new LinkedHashMap<>()).put(tie.a(), tie);
		}
		List<Network.Node> brokers = network.nodes().stream()
			.filter(n -> n.betweenness() > 0)
			.sorted(Comparator.comparingDouble(Network.Node::betweenness).reversed().thenComparing(Network.Node::id))
			.limit(top)
			.toList();
		Map<String, List<CountryTie>> shown = new LinkedHashMap<>();
		brokers.forEach(b -> shown.put(b.id(), strongest(partners.get(b.id()).values(), COOPERATIVE,
				Comparator.comparingDouble(CountryTie::score).reversed(), TIES_PER_BROKER)));
		Map<String, List<TieFact>> facts = facts(shown.values(), network);
		int n = network.nodes().size();
		return new Brokers(asOf, halfLifeDays, n * (n - 1) / 2, brokers.stream()
			.map(b -> new Brokers.Broker(b.id(), b.name(), b.bloc(), b.betweenness(), b.influence(),
					joins(b.id(), partners, nodes), shown(shown.get(b.id()), facts)))
			.toList());
	}

	Influence influence(LocalDate asOf, int halfLifeDays, int top) {
		Network network = network(asOf, halfLifeDays);
		Map<String, List<CountryTie>> cooperative = new HashMap<>();
		network.ties().stream().filter(COOPERATIVE).forEach(tie -> {
			cooperative.computeIfAbsent(tie.a(), k -> new ArrayList<>()).add(tie);
			cooperative.computeIfAbsent(tie.b(), k -> new ArrayList<>()).add(tie);
		});
		return new Influence(asOf, halfLifeDays, network.nodes().stream().limit(top).map(n -> {
			List<CountryTie> ties = cooperative.getOrDefault(n.id(), List.of());
			return new Influence.Ranked(n.id(), n.name(), n.bloc(), n.influence(), n.betweenness(), ties.size(),
					sum(ties, COOPERATIVE));
		}).toList());
	}

	BlocChanges changes(LocalDate from, LocalDate to, int halfLifeDays) {
		return BlocMatching.changes(network(from, halfLifeDays), network(to, halfLifeDays));
	}

	/** Pairs of the broker's partners that are closer through it than directly, other blocs first, strongest first. */
	private static List<Brokers.Join> joins(String broker, Map<String, Map<String, CountryTie>> partners,
			Map<String, Network.Node> nodes) {
		List<CountryTie> ties = partners.get(broker).values().stream().filter(COOPERATIVE).toList();
		List<Brokers.Join> joins = new ArrayList<>();
		for (int i = 0; i < ties.size(); i++) {
			for (int j = i + 1; j < ties.size(); j++) {
				String a = other(ties.get(i), broker);
				String b = other(ties.get(j), broker);
				CountryTie direct = partners.get(a).get(b);
				double through = 1 / ties.get(i).score() + 1 / ties.get(j).score();
				if (direct == null || direct.score() <= 0 || through < 1 / direct.score()) {
					boolean ordered = a.compareTo(b) < 0;
					joins.add(new Brokers.Join(ordered ? a : b, nodes.get(ordered ? a : b).bloc(), ordered ? b : a,
							nodes.get(ordered ? b : a).bloc(), (ordered ? ties.get(i) : ties.get(j)).score(),
							(ordered ? ties.get(j) : ties.get(i)).score(), (direct == null) ? null : direct.score()));
				}
			}
		}
		return joins.stream()
			.sorted(Comparator.comparing((Brokers.Join join) -> join.aBloc().equals(join.bBloc()))
				.thenComparing(Comparator.comparingDouble((Brokers.Join join) -> Math.min(join.viaA(), join.viaB())).reversed())
				.thenComparing(Brokers.Join::a)
				.thenComparing(Brokers.Join::b))
			.limit(JOINS_PER_BROKER)
			.toList();
	}

	private static String other(CountryTie tie, String id) {
		return tie.a().equals(id) ? tie.b() : tie.a();
	}

	private static List<CountryTie> strongest(Collection<CountryTie> ties, Predicate<CountryTie> which,
			Comparator<CountryTie> order, int limit) {
		return ties.stream().filter(which).sorted(order.thenComparing(CountryTie::key)).limit(limit).toList();
	}

	/** The facts behind every tie shown, in one query. */
	private Map<String, List<TieFact>> facts(Collection<List<CountryTie>> shown, Network network) {
		Set<CountryTie> ties = new LinkedHashSet<>();
		shown.forEach(ties::addAll);
		return this.countryTies.facts(ties, network.asOf(), network.halfLifeDays(), FACTS_PER_TIE);
	}

	private static List<NetworkTie> shown(List<CountryTie> ties, Map<String, List<TieFact>> facts) {
		return ties.stream().map(tie -> NetworkTie.of(tie, facts.getOrDefault(tie.key(), List.of()))).toList();
	}

	private static double sum(Collection<CountryTie> ties, Predicate<CountryTie> which) {
		return ties.stream().filter(which).mapToDouble(CountryTie::score).sum();
	}

	/** The ties between two blocs, added up as they come. */
	private static final class Relation {

		private final String a;

		private final String b;

		private double cooperation;

		private double hostility;

		private int ties;

		Relation(String a, String b) {
			this.a = a;
			this.b = b;
		}

		void add(CountryTie tie) {
			if (tie.score() > 0) {
				this.cooperation += tie.score();
			}
			else {
				this.hostility += tie.score();
			}
			this.ties++;
		}

		Blocs.Relation answer() {
			return new Blocs.Relation(this.a, this.b, this.cooperation, this.hostility, this.ties);
		}

	}

}
