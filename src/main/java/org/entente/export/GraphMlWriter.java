package org.entente.export;

import java.util.Map;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * GraphML for Gephi and yEd: every property is a declared key with its type; a node's {@code label} is its name
 * and {@code labels} its Neo4j labels, an edge's {@code label} its relationship type. Lists are written as
 * comma-separated text, dates as ISO dates.
 */
final class GraphMlWriter {

	private static final String NS = "http://graphml.graphdrawing.org/xmlns";

	private GraphMlWriter() {
	}

	static String write(GraphSnapshot graph) {
		Map<String, String> nodeKeys = XmlGraph.types(graph.nodes(), GraphSnapshot.Node::properties);
		Map<String, String> edgeKeys = XmlGraph.types(graph.relationships(), GraphSnapshot.Relationship::properties);
		return XmlGraph.write(xml -> {
			xml.writeStartElement("graphml");
			xml.writeDefaultNamespace(NS);
			key(xml, "node", "label", "string");
			key(xml, "node", "labels", "string");
			for (var entry : nodeKeys.entrySet()) {
				key(xml, "node", entry.getKey(), entry.getValue());
			}
			key(xml, "edge", "label", "string");
			for (var entry : edgeKeys.entrySet()) {
				key(xml, "edge", "e_" + entry.getKey(), entry.getValue(), entry.getKey());
			}
			xml.writeStartElement("graph");
			xml.writeAttribute("id", "entente");
			xml.writeAttribute("edgedefault", "directed");
			for (GraphSnapshot.Node node : graph.nodes()) {
				xml.writeStartElement("node");
				xml.writeAttribute("id", XmlGraph.nodeId(node.key(), node.id()));
				data(xml, "label", node.properties().getOrDefault("name", node.id()));
				data(xml, "labels", ":" + String.join(":", node.labels()));
				for (var property : node.properties().entrySet()) {
					data(xml, property.getKey(), property.getValue());
				}
				xml.writeEndElement();
			}
			int edge = 0;
			for (GraphSnapshot.Relationship r : graph.relationships()) {
				xml.writeStartElement("edge");
				xml.writeAttribute("id", "e" + edge++);
				xml.writeAttribute("source", XmlGraph.nodeId(r.startKey(), r.start()));
				xml.writeAttribute("target", XmlGraph.nodeId(r.endKey(), r.end()));
				data(xml, "label", r.type());
				for (var property : r.properties().entrySet()) {
					data(xml, "e_" + property.getKey(), property.getValue());
				}
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndElement();
		});
	}

	private static void key(XMLStreamWriter xml, String on, String id, String type) throws XMLStreamException {
		key(xml, on, id, type, id);
	}

	private static void key(XMLStreamWriter xml, String on, String id, String type, String name)
			throws XMLStreamException {
		xml.writeEmptyElement("key");
		xml.writeAttribute("id", id);
		xml.writeAttribute("for", on);
		xml.writeAttribute("attr.name", name);
		xml.writeAttribute("attr.type", type);
	}

	private static void data(XMLStreamWriter xml, String key, Object value) throws XMLStreamException {
		if (value == null) {
			return;
		}
		xml.writeStartElement("data");
		xml.writeAttribute("key", key);
		xml.writeCharacters(XmlGraph.text(value));
		xml.writeEndElement();
	}

}
