package org.entente.web.fuzz;

import java.util.ArrayList;
import java.util.List;

import org.entente.web.fuzz.JsonEdits.Edit;
import org.entente.web.fuzz.JsonEdits.Wrong;

import static org.entente.web.fuzz.JsonEdits.REMOVE;

/**
 * Graph documents for {@code POST /api/graph} that are invalid by construction: a valid export of nodes of the test's
 * own with one to three members made wrong, each in a way docs/api.md says the import refuses.
 */
final class GraphDocuments {

	static final String VALID = """
			{"format": "entente-graph/1",
			 "nodes": [
			  {"key": "Entity", "id": "off-fuzz-graph", "labels": ["Entity", "Official"],
			   "properties": {"id": "off-fuzz-graph", "name": "Fuzz Graph Official", "aliases": [], "nameKnown": true}},
			  {"key": "Entity", "id": "XFG", "labels": ["Entity", "Country"],
			   "properties": {"id": "XFG", "iso2": "XG", "name": "Fuzz Graph Land", "aliases": ["Fuzzgraphia"]}},
			  {"key": "Fact", "id": "cnf-fuzz-graph", "labels": ["Fact", "Conferral"],
			   "properties": {"id": "cnf-fuzz-graph", "date": "2024-03-28", "dateTo": {"$date": "2024-03-28"}, "count": 1,
			                  "goldstein": 3.4}}],
			 "relationships": [
			  {"type": "AWARDED_TO", "startKey": "Fact", "start": "cnf-fuzz-graph", "endKey": "Entity", "end": "off-fuzz-graph",
			   "properties": {"sourceId": "src-fuzz-graph"}}]}""";

	private static final String OBJECT = "{\"fuzz\": {\"nested\": true}}";

	static final List<Wrong> WRONG = List.of(
			Wrong.at("/format", "\"entente-graph/2\"", "\"\"", "1", "null", REMOVE),
			Wrong.at("/nodes", OBJECT, "\"nodes\"", "null", REMOVE),
			Wrong.at("/relationships", OBJECT, "5", REMOVE),
			Wrong.at("/nodes/3", "5", "\"node\"", "null", "[]"),
			Wrong.at("/nodes/0/key", "\"Official\"", "\"Wizard\"", "5", "null", REMOVE),
			Wrong.at("/nodes/0/id", "5", "null", "[\"off-fuzz-graph\"]", REMOVE),
			Wrong.at("/nodes/0/labels", "[\"Entity\", \"Wizard\"]", "\"Entity\"", "[\"Entity\", \"Official\", \"DyadTotal\"]",
					"[\"Entity\", \"Fact\", \"Official\"]", "[\"Official\"]", "[5]", "[null]", REMOVE),
			Wrong.at("/nodes/0/properties", "[]", "\"p\"", "null", REMOVE),
			Wrong.at("/nodes/0/properties/name", OBJECT, "[[1]]", "123456789012345678901234567890", "1e400",
					"[{\"a\": 1}]"),
			Wrong.at("/nodes/2/properties/dateTo", "{\"$date\": \"2024-02-30\"}", "{\"$date\": null}", "{\"$date\": 5}",
					"{\"$date\": \"0999-12-31\"}", "{\"$date\": \"+999999999-12-31\"}", "{\"$date\": \"\"}",
					"{\"$datetime\": \"2024-03-28\"}", "{\"$localdatetime\": \"x\"}", "{\"$date\": {\"$date\": \"2024-03-28\"}}",
					"{\"$date\": [\"2024-03-28\"]}"),
			Wrong.at("/nodes/2/properties/count", "9223372036854775808", "-9223372036854775809", "1e400", OBJECT),
			Wrong.at("/nodes/2/id", "7", "true"),
			Wrong.at("/nodes/1/properties/iso2", "\"MM\"", OBJECT),
			Wrong.at("/nodes/1/id", "\"MMR\""),
			Wrong.at("/nodes/3", "{\"key\": \"Entity\", \"id\": \"off-fuzz-graph\", \"labels\": [\"Entity\", \"Official\"], \"properties\": {}}",
					"{\"key\": \"Entity\", \"id\": \"MMR\", \"labels\": [\"Entity\", \"Country\"], \"properties\": {\"name\": \"Burma\"}}",
					"{\"key\": \"Entity\", \"id\": \"RUS\", \"labels\": [\"Entity\", \"Official\"], \"properties\": {}}",
					"{\"key\": \"EventType\", \"id\": \"entente-conferral\", \"labels\": [\"EventType\"], \"properties\": {\"goldstein\": -10.0}}",
					"{\"key\": \"EventType\", \"id\": \"fuzz-type\", \"labels\": [\"EventType\"], \"properties\": {}}",
					"{\"key\": \"Entity\", \"id\": \"XFH\", \"labels\": [\"Entity\", \"Country\"], \"properties\": {\"iso2\": \"XG\"}}",
					"{\"key\": \"Entity\", \"id\": \"USA\", \"labels\": [\"Entity\", \"Country\"], \"properties\": {\"cowCode\": 1}}",
					"{\"key\": \"Entity\", \"id\": \"dyad-fuzz\", \"labels\": [\"Entity\", \"DyadPeriod\"], \"properties\": {}}"),
			Wrong.at("/relationships/0/type", "\"LIKES\"", "\"\"", "5", "null", REMOVE),
			Wrong.at("/relationships/0/startKey", "\"Official\"", "5", REMOVE),
			Wrong.at("/relationships/0/properties", "[]", "null", "{\"x\": {\"y\": 1}}", "{\"when\": {\"$date\": \"2024-02-30\"}}",
					"{\"n\": 99999999999999999999}", REMOVE),
			Wrong.at("/relationships/1", "\"r\"", "[]", "null"));

	private GraphDocuments() {
	}

	static String any(Choices c) {
		List<Edit> edits = new ArrayList<>();
		for (int n = 1 + c.below(3); n > 0; n--) {
			edits.add(JsonEdits.anyOf(c, WRONG));
		}
		String document = JsonEdits.apply(VALID, edits);
		return c.sometimes(5) ? document.substring(0, c.below(document.length())) : document;
	}

}
