package org.entente.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The dossier format's JSON Schemas (draft 2020-12), one per version, and validation against the one a dossier
 * names. Version 1 files import as they always did; version 2 adds what {@code dossier-2.schema.json} describes.
 */
@Component
class DossierSchema {

	static final String LATEST = "2";

	/** The schemas' largest count: 2^53 - 1. */
	private static final long MAX_NUMBER = 9007199254740991L;

	private final Map<String, String> texts = new LinkedHashMap<>();

	private final Map<String, Schema> schemas = new LinkedHashMap<>();

	DossierSchema() {
		for (String version : List.of("1", "2")) {
			String location = "dossier/dossier-" + version + ".schema.json";
			try (InputStream in = new ClassPathResource(location).getInputStream()) {
				String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				this.texts.put(version, text);
				this.schemas.put(version,
						SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	/** The schema of a version, or null when there is no such version. */
	String text(String version) {
		return this.texts.get(version);
	}

	List<DossierError> validate(JsonNode dossier, String at) {
		String version = dossier.path("dossierVersion").asString("");
		Schema schema = this.schemas.get(version);
		if (schema == null) {
			return List.of(new DossierError(at + "/dossierVersion",
					"must be one of " + String.join(", ", this.schemas.keySet()) + " (got '" + version + "')"));
		}
		// The validator cannot compare numbers beyond 64 bits (it fails), so those are refused first.
		List<DossierError> huge = new ArrayList<>();
		hugeNumbers(dossier, at, huge);
		if (!huge.isEmpty()) {
			return huge;
		}
		return schema.validate(dossier)
			.stream()
			.map(error -> new DossierError(at + pointer(error.getInstanceLocation().toString(), error.getProperty()),
					error.getMessage()))
			.distinct()
			.toList();
	}

	private static void hugeNumbers(JsonNode node, String pointer, List<DossierError> errors) {
		if (node.isNumber() && Math.abs(node.doubleValue()) > MAX_NUMBER) {
			errors.add(new DossierError(pointer, "exceeds the maximum " + MAX_NUMBER
					+ " (2^53 - 1, the largest whole number every JSON reader keeps exactly)"));
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				hugeNumbers(node.get(i), pointer + "/" + i, errors);
			}
		}
		else if (node.isObject()) {
			node.properties().forEach(field -> hugeNumbers(field.getValue(), pointer + "/" + field.getKey(), errors));
		}
	}

	/** The validator reports JSONPath-like locations ({@code $.facts[0].date}); errors speak JSON pointers. */
	static String pointer(String location, String property) {
		String path = location.startsWith("$") ? location.substring(1) : location;
		String pointer = path.replaceAll("\\[(\\d+)]", "/$1").replaceAll("\\.", "/");
		if (property != null && !property.isEmpty() && !pointer.endsWith("/" + property)) {
			pointer = pointer + "/" + property;
		}
		return pointer;
	}

}
