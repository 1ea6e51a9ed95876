package org.entente.export;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.entente.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GEXF 1.3 with dynamics and FollowTheMoney out, on the seed. The GEXF 1.3 XSD (gexf.xsd with dynamics.xsd and
 * viz.xsd) is not reachable offline and not in any Maven artifact, so the checks below are those it states for what
 * Entente writes: the root and its version, the graph's mode and time format, attributes declared per class with
 * a type of its list, the order of attributes, nodes and edges, every attvalue's attribute declared for its class,
 * every edge's ends among the nodes, and start and end as xs:date, start no later than end.
 */
class GexfFtmExportTests extends IntegrationTest {

	private static final String NS = "http://gexf.net/1.3";

	private static final Set<String> TYPES = Set.of("integer", "long", "double", "float", "boolean", "string",
			"liststring", "anyURI");

	@Test
	void gexfIsDynamicWithDatedFactsAndDeclaredAttributes() throws Exception {
		Response response = get("/api/export?format=gexf");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.contentType()).startsWith("application/gexf+xml");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
		Element root = xml.getDocumentElement();
		assertThat(root.getNamespaceURI()).isEqualTo(NS);
		assertThat(root.getLocalName()).isEqualTo("gexf");
		assertThat(root.getAttribute("version")).isEqualTo("1.3");
		Element graph = (Element) root.getElementsByTagNameNS(NS, "graph").item(0);
		assertThat(graph.getAttribute("mode")).isEqualTo("dynamic");
		assertThat(graph.getAttribute("timeformat")).isEqualTo("date");
		assertThat(children(graph)).containsExactly("attributes", "attributes", "nodes", "edges");
		Map<String, Set<String>> declared = new HashMap<>();
		for (Element attributes : elements(graph, "attributes")) {
			assertThat(attributes.getAttribute("class")).isIn("node", "edge");
			for (Element attribute : elements(attributes, "attribute")) {
				assertThat(attribute.getAttribute("title")).isNotEmpty();
				assertThat(attribute.getAttribute("type")).isIn(TYPES);
				declared.computeIfAbsent(attributes.getAttribute("class"), c -> new HashSet<>()).add(attribute.getAttribute("id"));
			}
		}
		Set<String> nodeIds = new HashSet<>();
		Map<String, Element> byId = new HashMap<>();
		for (String kind : List.of("node", "edge")) {
			NodeList items = xml.getElementsByTagNameNS(NS, kind);
			for (int i = 0; i < items.getLength(); i++) {
				Element item = (Element) items.item(i);
				assertThat(item.getAttribute("id")).isNotEmpty();
				if (kind.equals("node")) {
					nodeIds.add(item.getAttribute("id"));
					byId.put(item.getAttribute("id"), item);
				}
				else {
					assertThat(nodeIds).contains(item.getAttribute("source"), item.getAttribute("target"));
				}
				for (Element value : elements(item, "attvalues").stream().flatMap(v -> elements(v, "attvalue").stream()).toList()) {
					assertThat(declared.get(kind)).contains(value.getAttribute("for"));
				}
				if (item.hasAttribute("start") && item.hasAttribute("end")) {
					assertThat(LocalDate.parse(item.getAttribute("start"))).isBeforeOrEqualTo(LocalDate.parse(item.getAttribute("end")));
				}
				for (String time : List.of("start", "end")) {
					if (item.hasAttribute(time)) {
						LocalDate.parse(item.getAttribute(time));
					}
				}
			}
		}
		// A conferral of 2024-03-28 lives that day, and so does the tie to its recipient; a country is always there.
		Element conferral = byId.values().stream().filter(n -> n.getAttribute("start").equals("2024-03-28")
				&& n.getAttribute("end").equals("2024-03-28")).findFirst().orElseThrow();
		assertThat(conferral).isNotNull();
		assertThat(byId.get("Entity/MMR").hasAttribute("start")).isFalse();
		NodeList edges = xml.getElementsByTagNameNS(NS, "edge");
		boolean dated = false;
		for (int i = 0; i < edges.getLength(); i++) {
			Element edge = (Element) edges.item(i);
			dated |= edge.getAttribute("source").equals(conferral.getAttribute("id")) && edge.getAttribute("start").equals("2024-03-28");
		}
		assertThat(dated).isTrue();
	}

	@Test
	void ftmIsJsonLinesOfPersonsOrganizationsOccupanciesAndEvents() {
		Response response = get("/api/export?format=ftm&center=mil-mmr-armed-forces&depth=2");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.contentType()).startsWith("application/x-ndjson");
		JsonMapper json = JsonMapper.builder().build();
		Map<String, JsonNode> byId = new HashMap<>();
		for (String line : response.body().split("\n")) {
			JsonNode entity = json.readTree(line);
			assertThat(entity.get("schema").asString()).isIn("Person", "Organization", "PublicBody", "Position", "Occupancy", "Event");
			entity.get("properties").properties().forEach(p -> assertThat(p.getValue().isArray()).as(p.getKey()).isTrue());
			byId.put(entity.get("id").asString(), entity);
		}
		JsonNode military = byId.get("mil-mmr-armed-forces");
		assertThat(military.get("schema").asString()).isEqualTo("Organization");
		assertThat(military.at("/properties/topics/0").asString()).isEqualTo("mil");
		assertThat(military.at("/properties/country/0").asString()).isEqualTo("mm");
		JsonNode occupancy = byId.get("pos-soe-win-mmr-armed-forces");
		assertThat(occupancy.at("/properties/holder/0").asString()).isEqualTo("off-soe-win");
		assertThat(occupancy.at("/properties/endDate/0").asString()).isEqualTo("2024-03-30");
		assertThat(byId.get(occupancy.at("/properties/post/0").asString()).at("/properties/organization/0").asString())
			.isEqualTo("mil-mmr-armed-forces");
		assertThat(byId.values()).anyMatch(e -> e.get("schema").asString().equals("Event")
				&& e.at("/properties/keywords/0").asString().equals("cameo:051") && e.at("/properties/organizer").isArray());
	}

	private static List<String> children(Element parent) {
		return elements(parent, null).stream().map(Element::getLocalName).toList();
	}

	private static List<Element> elements(Element parent, String name) {
		List<Element> found = new java.util.ArrayList<>();
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element && (name == null || name.equals(element.getLocalName()))) {
				found.add(element);
			}
		}
		return found;
	}

}
