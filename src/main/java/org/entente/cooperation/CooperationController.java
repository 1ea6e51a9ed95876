package org.entente.cooperation;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.entente.web.InvalidParameterException;
import org.entente.web.QueryParameters;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cooperation")
class CooperationController {

	static final int MAX_TOP = 100;

	static final int MAX_MATRIX = 250;

	static final int MAX_PERIODS = 240;

	private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");

	private final CooperationService cooperation;

	CooperationController(CooperationService cooperation) {
		this.cooperation = cooperation;
	}

	/** How close two actors are at asOf, and why; with {@code evidence=true}, every fact behind the score. */
	@GetMapping
	Cooperation dyad(@RequestParam String a, @RequestParam String b,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate asOf,
			@RequestParam(defaultValue = "" + QueryParameters.DEFAULT_HALF_LIFE_DAYS) int halfLifeDays,
			@RequestParam(defaultValue = "false") boolean evidence) {
		distinct(a, b);
		return this.cooperation.dyad(a, b, QueryParameters.asOf(asOf), QueryParameters.halfLifeDays(halfLifeDays), evidence);
	}

	/** Countries ranked by their score with {@code of}, strongest first. */
	@GetMapping("/partners")
	List<Partner> partners(@RequestParam String of, @RequestParam(defaultValue = "10") int top,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate asOf,
			@RequestParam(defaultValue = "" + QueryParameters.DEFAULT_HALF_LIFE_DAYS) int halfLifeDays) {
		return this.cooperation.partners(of, QueryParameters.bounded("top", top, 1, MAX_TOP), QueryParameters.asOf(asOf),
				QueryParameters.halfLifeDays(halfLifeDays));
	}

	/** Scores between every pair of the given countries, in one query. */
	@GetMapping("/matrix")
	CooperationMatrix matrix(@RequestParam String countries,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate asOf,
			@RequestParam(defaultValue = "" + QueryParameters.DEFAULT_HALF_LIFE_DAYS) int halfLifeDays) {
		List<String> codes = Arrays.stream(countries.split(","))
			.map(code -> code.strip().toUpperCase(Locale.ROOT))
			.distinct()
			.toList();
		if (codes.size() < 2 || codes.size() > MAX_MATRIX) {
			throw new InvalidParameterException("countries", "must list 2 to " + MAX_MATRIX + " country codes, comma-separated");
		}
		codes.stream().filter(code -> !ISO3.matcher(code).matches()).findFirst().ifPresent(code -> {
			throw new InvalidParameterException("countries", "'" + code + "' is not an ISO 3166-1 alpha-3 code");
		});
		return this.cooperation.matrix(codes, QueryParameters.asOf(asOf), QueryParameters.halfLifeDays(halfLifeDays));
	}

	/** The dyad's score at the end of each period, from the first fact between them (or {@code from}) to {@code to}. */
	@GetMapping("/timeline")
	Timeline timeline(@RequestParam String a, @RequestParam String b, @RequestParam(defaultValue = "year") String interval,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "" + QueryParameters.DEFAULT_HALF_LIFE_DAYS) int halfLifeDays) {
		distinct(a, b);
		TimelineInterval periods = interval(interval);
		LocalDate end = QueryParameters.asOf(QueryParameters.day("to", to));
		QueryParameters.day("from", from);
		if (from != null && from.isAfter(end)) {
			throw new InvalidParameterException("from", "must not be after 'to' (" + end + ")");
		}
		if (from != null && periods.periodsBetween(from, end) > MAX_PERIODS) {
			throw new InvalidParameterException("from", "spans more than " + MAX_PERIODS + " periods; choose a later date or a longer interval");
		}
		return this.cooperation.timeline(a, b, periods, from, end, QueryParameters.halfLifeDays(halfLifeDays), MAX_PERIODS);
	}

	private static void distinct(String a, String b) {
		if (a.equals(b)) {
			throw new InvalidParameterException("b", "must differ from 'a'");
		}
	}

	private static TimelineInterval interval(String interval) {
		try {
			return TimelineInterval.valueOf(interval.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidParameterException("interval", "must be 'year', 'quarter' or 'month'");
		}
	}

}
