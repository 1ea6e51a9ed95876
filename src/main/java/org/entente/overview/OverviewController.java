package org.entente.overview;

import java.time.LocalDate;

import org.entente.web.QueryParameters;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class OverviewController {

	static final int MAX_TOP = 50;

	private final OverviewService overview;

	OverviewController(OverviewService overview) {
		this.overview = overview;
	}

	/** What is in the graph: counts, the latest sources and facts, the strongest and most changed dyads at asOf. */
	@GetMapping("/api/overview")
	Overview overview(@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate asOf,
			@RequestParam(defaultValue = "" + QueryParameters.DEFAULT_HALF_LIFE_DAYS) int halfLifeDays,
			@RequestParam(defaultValue = "10") int top) {
		return this.overview.overview(QueryParameters.asOf(QueryParameters.day("asOf", asOf)),
				QueryParameters.halfLifeDays(halfLifeDays), QueryParameters.bounded("top", top, 1, MAX_TOP));
	}

}
