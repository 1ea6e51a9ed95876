package org.entente.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.entente.cooperation.CountryTie;

/**
 * The cooperation network at a date: each country with a tie, its bloc and measures, and every tie (hostile ones
 * too). A bloc is named by its most influential member (then the first id), not by GDS's arbitrary community number,
 * so that it reads the same in every answer about that date.
 */
record Network(LocalDate asOf, int halfLifeDays, double modularity, List<Node> nodes, List<CountryTie> ties) {

	record Node(String id, String name, String bloc, double influence, double betweenness) {
	}

	static Network of(LocalDate asOf, int halfLifeDays, List<NetworkGraph.Measured> measured, List<CountryTie> ties) {
		Comparator<NetworkGraph.Measured> byInfluence = Comparator.comparingDouble(NetworkGraph.Measured::influence)
			.reversed()
			.thenComparing(NetworkGraph.Measured::id);
		Map<Long, String> anchors = new HashMap<>();
		measured.stream()
			.sorted(byInfluence)
			.forEach(m -> anchors.putIfAbsent(m.community(), m.id()));
		List<Node> nodes = measured.stream()
			.sorted(byInfluence)
			.map(m -> new Node(m.id(), m.name(), anchors.get(m.community()), m.influence(), m.betweenness()))
			.toList();
		double modularity = measured.isEmpty() ? 0.0 : measured.get(0).modularity();
		return new Network(asOf, halfLifeDays, modularity, nodes, ties);
	}

	/** The members of each bloc, most influential first; the blocs largest first, then by id. */
	Map<String, List<Node>> blocs() {
		Map<String, List<Node>> blocs = this.nodes.stream()
			.collect(Collectors.groupingBy(Node::bloc, LinkedHashMap::new, Collectors.toList()));
		List<Map.Entry<String, List<Node>>> ordered = new ArrayList<>(blocs.entrySet());
		ordered.sort(Comparator.<Map.Entry<String, List<Node>>>comparingInt(e -> -e.getValue().size())
			.thenComparing(Map.Entry::getKey));
		Map<String, List<Node>> sorted = new LinkedHashMap<>();
		ordered.forEach(e -> sorted.put(e.getKey(), e.getValue()));
		return sorted;
	}

	/** Each node by its id. */
	Map<String, Node> byId() {
		return this.nodes.stream().collect(Collectors.toMap(Node::id, n -> n));
	}

}
