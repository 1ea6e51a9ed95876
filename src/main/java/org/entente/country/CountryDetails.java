package org.entente.country;

import java.util.List;

/** A country with its militaries and the officials who serve in them. */
record CountryDetails(String id, String iso2, String name, String wikidata, Integer cowCode, String cowAbbrev,
		List<MilitaryRef> militaries, List<OfficialRef> officials) {

	record MilitaryRef(String id, String name, String kind) {
	}

	/** An official's position: {@code date} is EDTF (e.g. {@code ../2024-03-28}: held by then, start unknown). */
	record OfficialRef(String id, String name, String military, String title, String rank, String date,
			String dateText, String sourceId) {
	}

}
