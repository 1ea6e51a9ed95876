package org.entente.country;

import java.util.List;

/** A country with its militaries and state bodies, and the officials who serve in them. */
record CountryDetails(String id, String iso2, String name, String wikidata, Integer cowCode, String cowAbbrev,
		List<UnitRef> militaries, List<UnitRef> stateBodies, List<OfficialRef> officials) {

	/** A military or state body of the country. */
	record UnitRef(String id, String name, String kind) {
	}

	/**
	 * An official's position, in a {@code military} or a state {@code body}: {@code date} is EDTF (e.g.
	 * {@code ../2024-03-28}: held by then, start unknown).
	 */
	record OfficialRef(String id, String name, String military, String body, String title, String rank, String date,
			String dateText, String sourceId) {
	}

}
