package org.entente.country;

/** A country and its codes: ISO 3166-1 alpha-3 (the id) and alpha-2, Wikidata QID, Correlates of War code. */
record CountrySummary(String id, String iso2, String name, String wikidata, Integer cowCode) {
}
