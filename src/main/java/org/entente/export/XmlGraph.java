package org.entente.export;

import java.io.StringWriter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * What the XML graph formats (GraphML, GEXF) share: one StAX writer per document, node ids, the declared type of
 * each property and the text of a value.
 */
final class XmlGraph {

	/** What writes the document's elements. */
	interface Body {

		void write(XMLStreamWriter xml) throws XMLStreamException;

	}

	private XmlGraph() {
	}

	/** The document the body writes, as UTF-8 XML. */
	static String write(Body body) {
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			body.write(xml);
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toString();
	}

	static String nodeId(String key, String id) {
		return key + "/" + id;
	}

	/**
	 * Each property name with its type (long, double, boolean or string: names both formats use); a name seen
	 * with two types falls back to string.
	 */
	static <T> Map<String, String> types(Collection<T> items, Function<T, Map<String, Object>> properties) {
		Map<String, String> keys = new LinkedHashMap<>();
		for (T item : items) {
			properties.apply(item).forEach((name, value) -> keys.merge(name, type(value),
					(a, b) -> a.equals(b) ? a : "string"));
		}
		return keys;
	}

	private static String type(Object value) {
		if (value instanceof Long || value instanceof Integer) {
			return "long";
		}
		if (value instanceof Double || value instanceof Float) {
			return "double";
		}
		if (value instanceof Boolean) {
			return "boolean";
		}
		return "string";
	}

	/** A value as text: lists comma-separated, dates as ISO dates. */
	static String text(Object value) {
		return (value instanceof Collection<?> list) ? String.join(",", list.stream().map(String::valueOf).toList())
				: value.toString();
	}

}
