package org.entente.country;

import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;

import org.entente.web.InvalidParameterException;
import org.entente.web.NotFoundException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CountryController {

	private static final Pattern ISO3 = Pattern.compile("[A-Za-z]{3}");

	private final CountryService countries;

	CountryController(CountryService countries) {
		this.countries = countries;
	}

	@GetMapping("/api/countries")
	Collection<CountrySummary> countries() {
		return this.countries.all();
	}

	/** One country by ISO 3166-1 alpha-3 code (any case), with its militaries and officials. */
	@GetMapping("/api/countries/{iso3}")
	CountryDetails country(@PathVariable String iso3) {
		if (!ISO3.matcher(iso3).matches()) {
			throw new InvalidParameterException("iso3", "must be an ISO 3166-1 alpha-3 code such as MMR");
		}
		String code = iso3.toUpperCase(Locale.ROOT);
		return this.countries.find(code).orElseThrow(() -> new NotFoundException("country", code));
	}

}
