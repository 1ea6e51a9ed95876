package org.entente.network;

import java.time.LocalDate;

import org.entente.web.InvalidParameterException;
import org.entente.web.QueryParameters;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/network")
class NetworkController {

	static final int MAX_TIES = 10;

	static final int MAX_TOP = 250;

	private final NetworkService network;

	private final NetworkBlocWriter writer;

	NetworkController(NetworkService network, NetworkBlocWriter writer) {
		this.network = network;
		this.writer = writer;
	}

	/** The blocs of the cooperation network at asOf, each with its members and strongest internal ties. */
	@GetMapping("/blocs")
	Blocs blocs(@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate asOf,
			@RequestParam(defaultValue = "" + QueryParameters.DEFAULT_HALF_LIFE_DAYS) int halfLifeDays,
			@RequestParam(defaultValue = "3") int ties) {
		return this.network.blocs(asOf(asOf), QueryParameters.halfLifeDays(halfLifeDays),
				QueryParameters.bounded("ties", ties, 1, MAX_TIES));
	}

	/** The countries the strongest paths of the network run through, with the pairs each joins. */
	@GetMapping("/brokers")
	Brokers brokers(@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate asOf,
			@RequestParam(defaultValue = "" + QueryParameters.DEFAULT_HALF_LIFE_DAYS) int halfLifeDays,
			@RequestParam(defaultValue = "10") int top) {
		return this.network.brokers(asOf(asOf), QueryParameters.halfLifeDays(halfLifeDays),
				QueryParameters.bounded("top", top, 1, MAX_TOP));
	}

	/** The countries of the network, most influential (weighted PageRank) first. */
	@GetMapping("/influence")
	Influence influence(@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate asOf,
			@RequestParam(defaultValue = "" + QueryParameters.DEFAULT_HALF_LIFE_DAYS) int halfLifeDays,
			@RequestParam(defaultValue = "10") int top) {
		return this.network.influence(asOf(asOf), QueryParameters.halfLifeDays(halfLifeDays),
				QueryParameters.bounded("top", top, 1, MAX_TOP));
	}

	/** Who moved from which bloc to which between two dates, the blocs matched by their members. */
	@GetMapping("/bloc-changes")
	BlocChanges blocChanges(@RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "" + QueryParameters.DEFAULT_HALF_LIFE_DAYS) int halfLifeDays) {
		LocalDate end = QueryParameters.asOf(QueryParameters.day("to", to));
		QueryParameters.day("from", from);
		if (from.isAfter(end)) {
			throw new InvalidParameterException("from", "must not be after 'to' (" + end + ")");
		}
		return this.network.changes(from, end, QueryParameters.halfLifeDays(halfLifeDays));
	}

	/** Writes each country's bloc at asOf on the country ({@code bloc}, {@code blocAsOf}), for Bloom: an editor's act. */
	@PostMapping("/blocs")
	BlocsWritten writeBlocs(@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate asOf,
			@RequestParam(defaultValue = "" + QueryParameters.DEFAULT_HALF_LIFE_DAYS) int halfLifeDays) {
		return this.writer.write(this.network.network(asOf(asOf), QueryParameters.halfLifeDays(halfLifeDays)));
	}

	private static LocalDate asOf(LocalDate asOf) {
		return QueryParameters.asOf(QueryParameters.day("asOf", asOf));
	}

}
