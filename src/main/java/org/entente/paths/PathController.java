package org.entente.paths;

import java.time.LocalDate;
import java.util.Locale;

import org.entente.web.InvalidParameterException;
import org.entente.web.QueryParameters;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PathController {

	static final int MAX_K = 10;

	static final int MAX_HOPS = 8;

	private final PathService paths;

	PathController(PathService paths) {
		this.paths = paths;
	}

	/** How two entities are tied together: the k shortest or strongest paths through cooperative ties at asOf. */
	@GetMapping("/api/paths")
	AlliancePaths paths(@RequestParam String from, @RequestParam String to, @RequestParam(defaultValue = "3") int k,
			@RequestParam(defaultValue = "6") int maxHops,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(defaultValue = "shortest") String mode,
			@RequestParam(defaultValue = "" + QueryParameters.DEFAULT_HALF_LIFE_DAYS) int halfLifeDays) {
		if (from.equals(to)) {
			throw new InvalidParameterException("to", "must differ from 'from'");
		}
		return this.paths.paths(from, to, QueryParameters.bounded("k", k, 1, MAX_K), QueryParameters.bounded("maxHops", maxHops, 1, MAX_HOPS),
				QueryParameters.asOf(asOf), QueryParameters.halfLifeDays(halfLifeDays), mode(mode));
	}

	private static PathMode mode(String mode) {
		try {
			return PathMode.valueOf(mode.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidParameterException("mode", "must be 'shortest' or 'strongest'");
		}
	}

}
