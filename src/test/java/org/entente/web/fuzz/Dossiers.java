package org.entente.web.fuzz;

import java.util.ArrayList;
import java.util.List;

import org.entente.web.fuzz.JsonEdits.Edit;
import org.entente.web.fuzz.JsonEdits.Wrong;

import static org.entente.web.fuzz.JsonEdits.REMOVE;

/**
 * Dossiers for {@code POST /api/dossiers} that are invalid by construction: a valid one (its entities and source
 * are the test's own) with one to three members made wrong, each in a way docs/api.md says is refused, so that no
 * generated import may write anything.
 */
final class Dossiers {

	static final String VALID = """
			{"dossierVersion": "2",
			 "source": {"id": "src-fuzz", "title": "Fuzz test source", "titleKnown": true, "publisher": "Entente tests",
			            "url": null, "date": "2024-04-02"},
			 "entities": [
			  {"type": "Official", "id": "off-fuzz-official", "name": "Fuzz Official"},
			  {"type": "Honor", "id": "hon-fuzz-medal", "name": "Fuzz Medal", "kind": "medal", "awardedBy": "MMR"}],
			 "facts": [
			  {"type": "Conferral", "id": "cnf-fuzz-medal", "giver": "MMR", "recipient": "off-fuzz-official",
			   "honors": ["hon-fuzz-medal"], "date": "2024-03-28", "count": 1, "countQualifier": "exactly", "claim": "reported"},
			  {"type": "Engagement", "id": "eng-fuzz-talks", "cameo": "0312", "actors": ["MMR", "RUS"], "joint": true,
			   "status": "planned", "date": "2024-03", "summary": "Fuzz talks"},
			  {"type": "Position", "id": "pos-fuzz", "official": "off-fuzz-official", "military": "mil-mmr-armed-forces",
			   "title": "fuzzer", "date": "../2024-03-30"}]}""";

	/** Another valid dossier, of another source, to go along with an invalid one: then neither may be imported. */
	static final String OTHER = VALID.replace("src-fuzz", "src-fuzz-other").replace("fuzz-official", "fuzz-other-official")
		.replace("fuzz-medal", "fuzz-other-medal").replace("eng-fuzz-talks", "eng-fuzz-other-talks").replace("pos-fuzz", "pos-fuzz-other");

	private static final String OBJECT = "{\"fuzz\": true}";

	static final List<Wrong> WRONG = List.of(
			Wrong.at("/dossierVersion", "\"3\"", "2", "null", "\"\"", OBJECT, REMOVE),
			Wrong.at("/source", "[]", "\"src-fuzz\"", "null", REMOVE),
			Wrong.at("/source/id", "\"\"", "5", OBJECT, REMOVE),
			Wrong.at("/source/date", "\"2024-02-30\"", "\"+999999999-12-31\"", "\"0999-12-31\"", "\"10000-01-01\"",
					"\"2999-01-01\"", "\"yesterday\"", "20240402", "\"\"", "\"2024-04\"", REMOVE),
			Wrong.at("/source/title", "5", "[]", OBJECT),
			Wrong.at("/source/fuzzUnknown", "1"),
			Wrong.at("/fuzzUnknown", "[]"),
			Wrong.at("/entities", OBJECT, "\"off-fuzz-official\"", "5"),
			Wrong.at("/entities/0/type", "\"Wizard\"", "\"\"", "5", "\"official\"", REMOVE),
			Wrong.at("/entities/0/id", "\"\"", "5", "\"hon-fuzz-medal\"", OBJECT, REMOVE),
			Wrong.at("/entities/0/name", "5", "[]", OBJECT, REMOVE),
			Wrong.at("/entities/0/target", "\"MMR\""),
			Wrong.at("/entities/1/awardedBy", "\"nobody-fuzz\"", "5", "[\"MMR\"]"),
			Wrong.at("/entities/2", "{\"type\": \"Country\", \"id\": \"MMR\", \"name\": \"Burma\"}",
					"{\"type\": \"Official\", \"id\": \"RUS\", \"name\": \"Russia\"}",
					"{\"type\": \"Country\", \"id\": \"XFZ\", \"iso2\": \"MM\", \"name\": \"Fuzzland\"}",
					"{\"type\": \"Official\", \"id\": \"off-fuzz-official\", \"name\": \"Fuzz Official\"}",
					"{\"type\": \"Country\", \"id\": \"MMR\", \"name\": \"Myanmar\", \"cowCode\": 1}",
					"{\"type\": \"Country\", \"id\": \"XFZ\", \"name\": \"Fuzzland\", \"revise\": [\"colour\"]}", "5", "null"),
			Wrong.at("/facts", OBJECT, "\"cnf-fuzz-medal\""),
			Wrong.at("/facts/0/type", "\"Wedding\"", "\"\"", "5", REMOVE),
			Wrong.at("/facts/0/date", "\"2024-02-30\"", "\"2024-04-03\"", "\"0999\"", "\"10000\"", "\"2024-03/2023-01\"",
					"\"+999999999-12-31\"", "\"\"", "2024", "\"2024-13\"", "\"2024-03-28T10:00\"", REMOVE),
			Wrong.at("/facts/0/count", "0", "-1", "9007199254740992", "1e400", "123456789012345678901234567890", "1.5",
					"\"12\"", "true", "-9223372036854775809"),
			Wrong.at("/facts/0/countQualifier", "\"roughly\"", "5"),
			Wrong.at("/facts/0/giver", "\"off-fuzz-nobody\"", "\"\"", "5", "[]", REMOVE),
			Wrong.at("/facts/0/recipient", "\"off-fuzz-nobody\"", "\"hon-fuzz-medal\"", REMOVE),
			Wrong.at("/facts/0/honors", "\"hon-fuzz-medal\"", "[5]", "[\"hon-fuzz-nobody\"]", OBJECT),
			Wrong.at("/facts/0/claim", "\"rumoured\"", "5"),
			Wrong.at("/facts/0/sameAs", "\"cnf-fuzz-nobody\""),
			Wrong.at("/facts/0/fulfills", "\"eng-fuzz-nobody\""),
			Wrong.at("/facts/1/cameo", "\"999\"", "\"abc\"", "\"\"", "312", "\"03120\"", REMOVE),
			Wrong.at("/facts/1/actors", "[]", "\"MMR\"", "[\"MMR\", 5]", "[\"off-fuzz-nobody\"]", REMOVE),
			Wrong.at("/facts/1/status", "\"maybe\"", "5"),
			Wrong.at("/facts/1/id", "\"cnf-fuzz-medal\"", "\"\"", "7"),
			Wrong.at("/facts/1/joint", "\"yes\"", "1"),
			Wrong.at("/facts/1/until", "\"2024-02-30\"", "\"1999-01-01\""),
			Wrong.at("/facts/2/date", "\"2024-03-30/2024-01-01\"", "\"2024/2023\""),
			Wrong.at("/facts/2/official", "\"mil-mmr-armed-forces\"", "\"off-fuzz-nobody\""),
			Wrong.at("/facts/3", "{\"type\": \"Membership\", \"country\": \"MMR\", \"of\": \"treaty-fuzz-nobody\", \"date\": \"2024-01\"}",
					"{\"type\": \"Engagement\", \"id\": \"eng-fuzz-talks\", \"cameo\": \"0312\", \"actors\": [\"MMR\", \"RUS\"], \"date\": \"2024-03\"}",
					"[]", "\"\""));

	private Dossiers() {
	}

	/** A JSON body: one to three wrong members, as one dossier or in an array, now and then cut short or padded. */
	static String json(Choices c) {
		List<Edit> edits = new ArrayList<>();
		for (int n = 1 + c.below(3); n > 0; n--) {
			edits.add(JsonEdits.anyOf(c, WRONG));
		}
		String dossier = JsonEdits.apply(VALID, edits);
		String body = switch (c.weighted(70, 10, 10, 10)) {
			case 0 -> dossier;
			case 1 -> "[" + dossier + "]";
			case 2 -> "[" + OTHER + ", " + dossier + "]";
			default -> "[" + VALID + ", " + VALID + "]";
		};
		return switch (c.weighted(85, 5, 5, 5)) {
			case 0 -> body;
			case 1 -> body.substring(0, c.below(body.length()));
			case 2 -> body + c.of("x", "}", ",", " {}", "\u0000");
			default -> "\uFEFF" + body;
		};
	}

	/** A body that is no dossier at all. */
	static String junk(Choices c) {
		return c.of("", " ", "null", "[]", "{}", "42", "\"dossier\"", "[null]", "[[]]", "{\"dossierVersion\": \"2\"}",
				"[".repeat(5_000) + "]".repeat(5_000), "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000),
				"{\"source\": " + "9".repeat(10_000) + "}", "{\"x\": \"" + "é".repeat(100_000) + "\"}", "\u0000\u0001", "<dossier/>");
	}

}
