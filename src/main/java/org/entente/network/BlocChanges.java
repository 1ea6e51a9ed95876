package org.entente.network;

import java.time.LocalDate;
import java.util.List;

/**
 * How the blocs changed from {@code from} to {@code to}. Each bloc at {@code to} is matched with the bloc at
 * {@code from} that shares most members with it (largest shares first, each bloc matched once).
 *
 * @param blocs the matches; {@code from} null for a bloc that is new, {@code to} null for one that is gone
 * @param moves the countries whose bloc at {@code to} is not the match of their bloc at {@code from}, and those
 * that joined or left the network (their other bloc null)
 */
record BlocChanges(LocalDate from, LocalDate to, int halfLifeDays, List<Match> blocs, List<Move> moves) {

	record Match(String from, String to, int shared, int fromSize, int toSize) {
	}

	record Move(String id, String name, String from, String to) {
	}

}
