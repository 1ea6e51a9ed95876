package org.entente.web.fuzz;

import java.util.Arrays;
import java.util.List;

import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JSON document changed at JSON pointers. Each new value is written into the text as given, so numbers no
 * parser keeps (1e400, 2^53, 30 digits) reach the server exactly as a client sends them.
 */
final class JsonEdits {

	/** Leaves the member out. */
	static final String REMOVE = null;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	record Edit(String pointer, String json) {

		@Override
		public String toString() {
			return this.pointer + (this.json == null ? " removed" : " = " + this.json);
		}

	}

	/** A member of a document and values that are each wrong there, whatever the rest of the document holds. */
	record Wrong(String pointer, List<String> values) {

		static Wrong at(String pointer, String... values) {
			return new Wrong(pointer, Arrays.asList(values));
		}

	}

	private JsonEdits() {
	}

	static Edit anyOf(Choices c, List<Wrong> wrongs) {
		Wrong wrong = c.of(wrongs);
		return new Edit(wrong.pointer(), c.of(wrong.values()));
	}

	static String apply(String document, List<Edit> edits) {
		JsonNode root = JSON.readTree(document);
		for (int i = 0; i < edits.size(); i++) {
			Edit edit = edits.get(i);
			JsonPointer pointer = JsonPointer.compile(edit.pointer());
			JsonNode parent = root.at(pointer.head());
			String name = pointer.last().getMatchingProperty();
			JsonNode placeholder = JSON.getNodeFactory().stringNode(placeholder(i));
			if (parent instanceof ObjectNode object) {
				if (edit.json() == null) {
					object.remove(name);
				}
				else {
					object.set(name, placeholder);
				}
			}
			else if (parent instanceof ArrayNode array) {
				int index = pointer.last().getMatchingIndex();
				if (edit.json() == null) {
					array.remove(index);
				}
				else if (index < array.size()) {
					array.set(index, placeholder);
				}
				else {
					array.add(placeholder);
				}
			}
		}
		String text = JSON.writeValueAsString(root);
		for (int i = 0; i < edits.size(); i++) {
			if (edits.get(i).json() != null) {
				text = text.replace("\"" + placeholder(i) + "\"", edits.get(i).json());
			}
		}
		return text;
	}

	private static String placeholder(int i) {
		return "@edit-" + i + "@";
	}

}
