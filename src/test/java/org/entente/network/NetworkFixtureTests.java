package org.entente.network;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.entente.FixtureTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The network analytics on a world with planted blocs (fixtures/planted-blocs.json): West (QNA, QNB, QNC) and East
 * (QNE, QNF, QNG) cooperate within, a mover (QND) leaves West for East between 2021 and 2024, a broker (QNK) is the
 * only cooperative bridge between them (tied closer to West), and West's QNC fights East's QNG. Other fixture tests
 * share the database; these look at the planted countries only, which have no tie to anything else.
 */
class NetworkFixtureTests extends FixtureTest {

	private static final String LATE = "2024-06-30";

	private static final String EARLY = "2021-06-30";

	/**
	 * The answers the tests read, each asked once for the class: a network is measured afresh for every request, so
	 * asking each question once keeps the class fast (the blocs at {@link #LATE} are asked with two ties a bloc, which
	 * changes only the ties shown).
	 */
	private static Response lateBlocs;

	private static Response earlyBlocs;

	@BeforeEach
	void plantBlocs() throws IOException {
		if (lateBlocs == null) {
			String dossier = new ClassPathResource("fixtures/planted-blocs.json").getContentAsString(StandardCharsets.UTF_8);
			Response response = post("/api/dossiers", dossier);
			assertThat(response.status()).as(response.body()).isEqualTo(200);
			lateBlocs = get("/api/network/blocs?asOf=" + LATE + "&ties=2");
			assertThat(lateBlocs.status()).as(lateBlocs.body()).isEqualTo(200);
			earlyBlocs = get("/api/network/blocs?asOf=" + EARLY);
		}
	}

	@Test
	void theBlocsAreThePlantedOnesAndTheFightDoesNotJoinThem() {
		assertThat(members(lateBlocs, "QNA")).containsExactlyInAnyOrder("QNA", "QNB", "QNC", "QNK");
		assertThat(members(lateBlocs, "QNE")).containsExactlyInAnyOrder("QND", "QNE", "QNF", "QNG");
		assertThat(lateBlocs.<Double>json("$.modularity")).isGreaterThan(0.3);
		// The hostile tie stays apart: not within a bloc, and between the two blocs as hostility.
		String west = bloc(lateBlocs, "QNA");
		String east = bloc(lateBlocs, "QNE");
		List<Double> hostility = lateBlocs.json("$.relations[?((@.a == '" + west + "' && @.b == '" + east
				+ "') || (@.a == '" + east + "' && @.b == '" + west + "'))].hostility");
		assertThat(hostility).singleElement().satisfies(h -> assertThat(h).isLessThan(-5.0));
	}

	@Test
	void aBlocShowsItsStrongestTiesWithTheFactsBehindThem() {
		String west = bloc(lateBlocs, "QNA");

		List<Map<String, Object>> ties = lateBlocs.json("$.blocs[?(@.id == '" + west + "')].ties[*]");
		assertThat(ties).hasSize(2);
		// Two exercises a pair, 2021 and 2024: West's three pairs are equally strong, listed by id.
		assertThat(ties).extracting(t -> t.get("a") + "-" + t.get("b")).containsExactly("QNA-QNB", "QNA-QNC");
		List<String> sources = lateBlocs.json("$.blocs[?(@.id == '" + west + "')].ties[0].evidence[*].sourceIds[0]");
		assertThat(sources).hasSize(2).containsOnly("src-planted-blocs");
		assertThat(lateBlocs.<List<Integer>>json("$.blocs[?(@.id == '" + west + "')].ties[0].facts")).containsExactly(2);
	}

	@Test
	void theBrokerIsTheOnlyBridgeAndSaysWhichPairsItJoins() {
		Response brokers = get("/api/network/brokers?asOf=" + LATE + "&top=250");

		assertThat(brokers.status()).as(brokers.body()).isEqualTo(200);
		List<Map<String, Object>> planted = brokers.json("$.brokers[?(@.id =~ /QN./)]");
		assertThat(planted.get(0)).containsEntry("id", "QNK");
		// Every shortest path from West's QNA, QNB, QNC to the four of East runs through QNK, and nothing else does.
		assertThat((Double) planted.get(0).get("betweenness")).isEqualTo(12.0);
		assertThat(planted).allSatisfy(b -> assertThat(b.get("id").equals("QNK") || (Double) b.get("betweenness") < 12.0).isTrue());
		List<String> joins = brokers.json("$.brokers[?(@.id == 'QNK')].joins[*].a");
		assertThat(joins).containsOnly("QNA", "QNB");
		List<String> ties = brokers.json("$.brokers[?(@.id == 'QNK')].ties[*].b");
		assertThat(ties).containsExactly("QNK", "QNK", "QNK");
	}

	@Test
	void influenceRanksTheWellTiedFirst() {
		Response influence = get("/api/network/influence?asOf=" + LATE + "&top=250");

		List<String> planted = influence.json("$.countries[?(@.id =~ /QN./)].id");
		// East's E and F have the most ties (their bloc and the broker); the fight adds nothing to QNC and QNG, the
		// least tied of their blocs.
		assertThat(planted).hasSize(8);
		assertThat(planted.subList(0, 2)).containsExactlyInAnyOrder("QNE", "QNF");
		assertThat(planted.get(7)).isEqualTo("QNC");
		assertThat(planted.indexOf("QNG")).isGreaterThan(planted.indexOf("QND"));
	}

	@Test
	void theMoverMovesFromWestToEastAndNoOneElse() {
		assertThat(members(earlyBlocs, "QNA")).containsExactlyInAnyOrder("QNA", "QNB", "QNC", "QND", "QNK");

		Response changes = get("/api/network/bloc-changes?from=" + EARLY + "&to=" + LATE);

		assertThat(changes.status()).as(changes.body()).isEqualTo(200);
		List<Map<String, Object>> moves = changes.json("$.moves[?(@.id =~ /QN./)]");
		assertThat(moves).singleElement().satisfies(move -> {
			assertThat(move).containsEntry("id", "QND");
			assertThat(move.get("from")).isEqualTo(bloc(earlyBlocs, "QNA"));
			assertThat(move.get("to")).isEqualTo(bloc(lateBlocs, "QNE"));
		});
	}

	@Test
	void writingTheBlocsNeedsAnEditorAndPutsThemOnTheCountries() {
		assertThat(send("POST", "/api/network/blocs?asOf=" + LATE, Map.of()).status()).isEqualTo(401);

		Response written = send("POST", "/api/network/blocs?asOf=" + LATE, AS_EDITOR);

		assertThat(written.status()).as(written.body()).isEqualTo(200);
		List<Object> blocs = this.driver.executableQuery(
				"MATCH (c:Country) WHERE c.id STARTS WITH 'QN' RETURN c.id AS id, c.bloc AS bloc, toString(c.blocAsOf) AS asOf ORDER BY id")
			.execute()
			.records()
			.stream()
			.map(r -> (Object) (r.get("id").asString() + ":" + r.get("bloc").asString() + "@" + r.get("asOf").asString()))
			.toList();
		String west = bloc(lateBlocs, "QNA");
		assertThat(blocs).contains("QNA:" + west + "@" + LATE, "QNK:" + west + "@" + LATE).hasSize(8);
	}

	@Test
	void badParametersAreNamed() {
		assertBadParameter("/api/network/blocs?ties=0", "ties", "between 1 and 10");
		assertBadParameter("/api/network/brokers?halfLifeDays=0", "halfLifeDays", "between");
		assertBadParameter("/api/network/bloc-changes?from=2024-01-01&to=2023-01-01", "from", "must not be after");
	}

	/** The ids of the members of the bloc that holds {@code id}. */
	private static List<String> members(Response blocs, String id) {
		return blocs.json("$.blocs[?(@.id == '" + bloc(blocs, id) + "')].members[*].id");
	}

	private static String bloc(Response blocs, String id) {
		List<Map<String, Object>> all = blocs.json("$.blocs[*]");
		List<String> ids = all.stream()
			.filter(bloc -> ((List<?>) bloc.get("members")).stream().anyMatch(m -> id.equals(((Map<?, ?>) m).get("id"))))
			.map(bloc -> (String) bloc.get("id"))
			.toList();
		assertThat(ids).as(blocs.body()).hasSize(1);
		return ids.get(0);
	}

}
