package org.entente.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A deterministic synthetic world, written as dossiers, for tests and benchmarks: militaries and officials of real
 * ISO countries, honors, and conferrals and engagements with skew (a few hub countries take most ties, most dyads
 * have few) and hostile ties among them. The same size and seed always give the same dossiers. Every source is
 * marked {@code kind: synthetic}: never load it into a database of real facts.
 */
final class SyntheticWorld {

	/** World sizes: S, M and L facts (60% conferrals, 40% engagements). */
	enum Size {

		XS(30, 2, 300, 40, 3_000), S(50, 2, 1_000, 100, 10_000), M(100, 5, 10_000, 250, 100_000),
		L(200, 10, 100_000, 500, 1_000_000);

		final int countries;

		final int militariesPerCountry;

		final int officials;

		final int honors;

		final int facts;

		Size(int countries, int militariesPerCountry, int officials, int honors, int facts) {
			this.countries = countries;
			this.militariesPerCountry = militariesPerCountry;
			this.officials = officials;
			this.honors = honors;
			this.facts = facts;
		}

	}

	static final int FACTS_PER_DOSSIER = 10_000;

	private static final String[] COOPERATIVE = { "062", "0312", "051", "057", "072", "061", "042", "036" };

	private static final String[] HOSTILE = { "190", "193", "195", "172", "163", "112" };

	private static final String[] QUALIFIERS = { "exactly", "at least", "more than", "about" };

	private final JsonMapper json = JsonMapper.builder().build();

	private final Size size;

	private final Random random;

	private final List<String> countries;

	/**
	 * @param size the world's size
	 * @param seed the random seed
	 * @param countryIds ISO alpha-3 ids of countries already in the graph; the first {@code size.countries} are used
	 */
	SyntheticWorld(Size size, long seed, List<String> countryIds) {
		if (countryIds.size() < size.countries) {
			throw new IllegalArgumentException("The graph has " + countryIds.size() + " countries; size " + size
					+ " needs " + size.countries);
		}
		this.size = size;
		this.random = new Random(seed);
		this.countries = countryIds.subList(0, size.countries);
	}

	/** The roster (militaries, officials and their positions, honors), then the facts, 10,000 a dossier. */
	List<ObjectNode> dossiers() {
		List<ObjectNode> dossiers = new ArrayList<>();
		dossiers.add(roster());
		for (int first = 0; first < this.size.facts; first += FACTS_PER_DOSSIER) {
			dossiers.add(facts(first, Math.min(this.size.facts, first + FACTS_PER_DOSSIER)));
		}
		return dossiers;
	}

	private ObjectNode roster() {
		ObjectNode dossier = dossier("roster");
		ArrayNode entities = (ArrayNode) dossier.get("entities");
		ArrayNode facts = (ArrayNode) dossier.get("facts");
		for (int c = 0; c < this.size.countries; c++) {
			for (int m = 0; m < this.size.militariesPerCountry; m++) {
				entities.addObject().put("type", "Military").put("id", military(c, m))
					.put("name", "Synthetic military " + m + " of " + this.countries.get(c)).put("country", this.countries.get(c));
			}
		}
		for (int o = 0; o < this.size.officials; o++) {
			int c = country();
			int m = this.random.nextInt(this.size.militariesPerCountry);
			entities.addObject().put("type", "Official").put("id", official(o)).put("name", "Synthetic official " + o);
			facts.addObject().put("type", "Position").put("id", "syn-pos-" + o).put("official", official(o))
				.put("military", military(c, m)).put("title", "officer").put("date", "../2015-01-01");
		}
		for (int h = 0; h < this.size.honors; h++) {
			entities.addObject().put("type", "Honor").put("id", honor(h)).put("name", "Synthetic honor " + h)
				.put("awardedBy", this.countries.get(h % this.size.countries));
		}
		return dossier;
	}

	private ObjectNode facts(int first, int last) {
		ObjectNode dossier = dossier(String.format(Locale.ROOT, "facts-%07d", first));
		ArrayNode facts = (ArrayNode) dossier.get("facts");
		for (int i = first; i < last; i++) {
			// Generated one by one, each fact is an event of its own: never merged with a look-alike.
			ObjectNode fact = facts.addObject().put("id", "syn-fact-" + i).put("distinct", true).put("date", date());
			int count = this.random.nextDouble() < 0.8 ? 1 : 2 + this.random.nextInt(50);
			fact.put("count", count).put("countQualifier", count == 1 ? "exactly" : QUALIFIERS[this.random.nextInt(4)]);
			int a = country();
			int b = otherCountry(a);
			if (i % 5 < 3) {
				fact.put("type", "Conferral").put("giver", giver(a)).put("recipient", official(officialOf()))
					.putArray("honors").add(honor(a % this.size.honors));
			}
			else {
				boolean hostile = this.random.nextDouble() < 0.15;
				String cameo = hostile ? HOSTILE[this.random.nextInt(HOSTILE.length)] : COOPERATIVE[this.random.nextInt(COOPERATIVE.length)];
				boolean joint = !hostile && this.random.nextBoolean();
				fact.put("type", "Engagement").put("cameo", cameo).put("joint", joint)
					.put("status", !hostile && this.random.nextDouble() < 0.1 ? "planned" : "carried_out");
				fact.putArray("actors").add(military(a, 0));
				if (joint) {
					((ArrayNode) fact.get("actors")).add(military(b, 0));
				}
				else {
					fact.putArray("targets").add(military(b, this.random.nextInt(this.size.militariesPerCountry)));
				}
			}
		}
		return dossier;
	}

	private ObjectNode dossier(String part) {
		ObjectNode dossier = this.json.createObjectNode().put("dossierVersion", "2");
		dossier.putObject("source").put("id", "syn-src-" + this.size.name().toLowerCase(Locale.ROOT) + "-" + part)
			.put("title", "Synthetic world " + this.size + ", " + part).put("titleKnown", true).put("date", "2025-01-01")
			.put("kind", "synthetic");
		dossier.putArray("entities");
		dossier.putArray("facts");
		return dossier;
	}

	/** A country index skewed towards the first (hub) countries: Zipf-like, exponent about 1. */
	private int country() {
		double u = this.random.nextDouble();
		return (int) Math.min(this.size.countries - 1, Math.floor(Math.pow(this.size.countries + 1, u)) - 1);
	}

	private int otherCountry(int a) {
		int b = country();
		return (b == a) ? (a + 1 + this.random.nextInt(this.size.countries - 1)) % this.size.countries : b;
	}

	private int officialOf() {
		return this.random.nextInt(this.size.officials);
	}

	private String giver(int c) {
		double u = this.random.nextDouble();
		return (u < 0.5) ? official(officialOf()) : (u < 0.8) ? military(c, 0) : this.countries.get(c);
	}

	/** Mostly days, some months, years and ranges, between 2015 and 2024. */
	private String date() {
		int year = 2015 + this.random.nextInt(10);
		int month = 1 + this.random.nextInt(12);
		int day = 1 + this.random.nextInt(28);
		double u = this.random.nextDouble();
		if (u < 0.7) {
			return String.format(Locale.ROOT, "%d-%02d-%02d", year, month, day);
		}
		if (u < 0.85) {
			return String.format(Locale.ROOT, "%d-%02d", year, month);
		}
		if (u < 0.95) {
			return Integer.toString(year);
		}
		return String.format(Locale.ROOT, "%d/%d-%02d", year - 1, year, month);
	}

	private String military(int country, int index) {
		return "syn-mil-" + this.countries.get(country).toLowerCase(Locale.ROOT) + "-" + index;
	}

	private static String official(int index) {
		return "syn-off-" + index;
	}

	private static String honor(int index) {
		return "syn-hon-" + index;
	}

}
