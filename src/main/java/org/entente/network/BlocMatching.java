package org.entente.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Matches the blocs of two dates by their members, not by GDS's community numbers, which mean nothing from one run
 * to the next: the pair of blocs sharing most members is matched first (ties: by the ids of the two blocs), then the
 * next among those left, so that each bloc is matched at most once.
 */
final class BlocMatching {

	private BlocMatching() {
	}

	static BlocChanges changes(Network from, Network to) {
		Map<String, List<Network.Node>> before = from.blocs();
		Map<String, List<Network.Node>> after = to.blocs();
		Map<String, Network.Node> was = from.byId();
		Map<String, Network.Node> is = to.byId();
		List<BlocChanges.Match> candidates = new ArrayList<>();
		before.forEach((f, fromMembers) -> after.forEach((t, toMembers) -> {
			int shared = (int) fromMembers.stream().filter(n -> t.equals(bloc(is, n.id()))).count();
			if (shared > 0) {
				candidates.add(new BlocChanges.Match(f, t, shared, fromMembers.size(), toMembers.size()));
			}
		}));
		candidates.sort(Comparator.comparingInt(BlocChanges.Match::shared).reversed()
			.thenComparing(BlocChanges.Match::from)
			.thenComparing(BlocChanges.Match::to));
		List<BlocChanges.Match> matches = new ArrayList<>();
		Set<String> matchedFrom = new HashSet<>();
		Set<String> matchedTo = new HashSet<>();
		Map<String, String> matchOf = new HashMap<>();
		for (BlocChanges.Match match : candidates) {
			if (!matchedFrom.contains(match.from()) && !matchedTo.contains(match.to())) {
				matchedFrom.add(match.from());
				matchedTo.add(match.to());
				matchOf.put(match.from(), match.to());
				matches.add(match);
			}
		}
		before.forEach((f, members) -> {
			if (!matchedFrom.contains(f)) {
				matches.add(new BlocChanges.Match(f, null, 0, members.size(), 0));
			}
		});
		after.forEach((t, members) -> {
			if (!matchedTo.contains(t)) {
				matches.add(new BlocChanges.Match(null, t, 0, 0, members.size()));
			}
		});
		Set<String> countries = new TreeSet<>(was.keySet());
		countries.addAll(is.keySet());
		List<BlocChanges.Move> moves = new ArrayList<>();
		for (String id : countries) {
			String f = bloc(was, id);
			String t = bloc(is, id);
			if (f == null || t == null || !t.equals(matchOf.get(f))) {
				Network.Node node = (is.get(id) != null) ? is.get(id) : was.get(id);
				moves.add(new BlocChanges.Move(id, node.name(), f, t));
			}
		}
		return new BlocChanges(from.asOf(), to.asOf(), to.halfLifeDays(), matches, moves);
	}

	private static String bloc(Map<String, Network.Node> nodes, String id) {
		Network.Node node = nodes.get(id);
		return (node == null) ? null : node.bloc();
	}

}
