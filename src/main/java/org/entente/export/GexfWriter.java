package org.entente.export;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * GEXF 1.3 with dynamics for Gephi's timeline ({@code mode="dynamic"}, {@code timeformat="date"}): a fact lives
 * from its first possible day to its last (a standing tie or an ongoing state until it ends), an edge that ties a
 * fact lives as long as that fact (a membership of a treaty from its entry to its exit), and an end the data leaves
 * open is left open. Entities have no dates: they are there throughout. Every property is an attribute declared
 * for its class (node or edge) with its type; a node's {@code label} is its name, an edge's its relationship type.
 */
final class GexfWriter {

	private static final String NS = "http://gexf.net/1.3";

	private GexfWriter() {
	}

	/** A time span; either end null where open. */
	private record Span(LocalDate start, LocalDate end) {

		static final Span ALWAYS = new Span(null, null);

	}

	static String write(GraphSnapshot graph) {
		Map<String, String> nodeAttributes = XmlGraph.types(graph.nodes(), GraphSnapshot.Node::properties);
		Map<String, String> edgeAttributes = XmlGraph.types(graph.relationships(), GraphSnapshot.Relationship::properties);
		Map<String, Span> spans = new HashMap<>();
		graph.nodes().forEach(node -> spans.put(XmlGraph.nodeId(node.key(), node.id()), span(node)));
		return XmlGraph.write(xml -> {
			xml.writeStartElement("gexf");
			xml.writeDefaultNamespace(NS);
			xml.writeAttribute("version", "1.3");
			xml.writeStartElement("meta");
			xml.writeStartElement("creator");
			xml.writeCharacters("Entente");
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeStartElement("graph");
			xml.writeAttribute("mode", "dynamic");
			xml.writeAttribute("defaultedgetype", "directed");
			xml.writeAttribute("timeformat", "date");
			attributes(xml, "node", nodeAttributes, true);
			attributes(xml, "edge", edgeAttributes, false);
			xml.writeStartElement("nodes");
			for (GraphSnapshot.Node node : graph.nodes()) {
				String id = XmlGraph.nodeId(node.key(), node.id());
				xml.writeStartElement("node");
				xml.writeAttribute("id", id);
				xml.writeAttribute("label", String.valueOf(node.properties().getOrDefault("name", node.id())));
				times(xml, spans.get(id));
				values(xml, Map.of("labels", ":" + String.join(":", node.labels())), node.properties());
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeStartElement("edges");
			int edge = 0;
			for (GraphSnapshot.Relationship r : graph.relationships()) {
				String source = XmlGraph.nodeId(r.startKey(), r.start());
				String target = XmlGraph.nodeId(r.endKey(), r.end());
				xml.writeStartElement("edge");
				xml.writeAttribute("id", "e" + edge++);
				xml.writeAttribute("source", source);
				xml.writeAttribute("target", target);
				xml.writeAttribute("label", r.type());
				times(xml, span(r, spans.getOrDefault(source, Span.ALWAYS), spans.getOrDefault(target, Span.ALWAYS)));
				values(xml, Map.of(), r.properties());
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeEndElement();
		});
	}

	/** A fact's span: from its first possible day; to its last, or a standing tie's or ongoing state's end. */
	private static Span span(GraphSnapshot.Node node) {
		if (!node.labels().contains("Fact")) {
			return Span.ALWAYS;
		}
		Map<String, Object> p = node.properties();
		boolean lasting = node.labels().contains("StandingTie") || Boolean.TRUE.equals(p.get("ongoing"));
		return new Span(date(p.get("dateFrom")), date(p.get(lasting ? "endTo" : "dateTo")));
	}

	/**
	 * An edge's span: a membership's own entry and exit; else that of the fact it ties (the one it starts from when
	 * it ties two); else always.
	 */
	private static Span span(GraphSnapshot.Relationship r, Span start, Span end) {
		if (r.properties().containsKey("startFrom") || r.properties().containsKey("endTo")) {
			return new Span(date(r.properties().get("startFrom")), date(r.properties().get("endTo")));
		}
		return (start != Span.ALWAYS) ? start : end;
	}

	private static LocalDate date(Object value) {
		return (value instanceof LocalDate day) ? day : null;
	}

	private static void times(XMLStreamWriter xml, Span span) throws XMLStreamException {
		if (span.start() != null) {
			xml.writeAttribute("start", span.start().toString());
		}
		if (span.end() != null) {
			xml.writeAttribute("end", span.end().toString());
		}
	}

	private static void attributes(XMLStreamWriter xml, String on, Map<String, String> types, boolean labels)
			throws XMLStreamException {
		xml.writeStartElement("attributes");
		xml.writeAttribute("class", on);
		xml.writeAttribute("mode", "static");
		if (labels) {
			attribute(xml, "labels", "string");
		}
		for (var entry : types.entrySet()) {
			attribute(xml, entry.getKey(), entry.getValue());
		}
		xml.writeEndElement();
	}

	private static void attribute(XMLStreamWriter xml, String name, String type) throws XMLStreamException {
		xml.writeEmptyElement("attribute");
		xml.writeAttribute("id", name);
		xml.writeAttribute("title", name);
		xml.writeAttribute("type", type);
	}

	private static void values(XMLStreamWriter xml, Map<String, Object> first, Map<String, Object> properties)
			throws XMLStreamException {
		xml.writeStartElement("attvalues");
		for (Map<String, Object> values : List.of(first, properties)) {
			for (var property : values.entrySet()) {
				if (property.getValue() != null) {
					xml.writeEmptyElement("attvalue");
					xml.writeAttribute("for", property.getKey());
					xml.writeAttribute("value", XmlGraph.text(property.getValue()));
				}
			}
		}
		xml.writeEndElement();
	}

}
