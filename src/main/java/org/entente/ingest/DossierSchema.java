package org.entente.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** The dossier format's JSON Schema (draft 2020-12), and validation against it. */
@Component
class DossierSchema {

	static final String LOCATION = "dossier/dossier-1.schema.json";

	private final String text;

	private final Schema schema;

	DossierSchema() {
		try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
			this.text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(this.text);
	}

	String text() {
		return this.text;
	}

	List<DossierError> validate(JsonNode dossier, String at) {
		return this.schema.validate(dossier)
			.stream()
			.map(error -> new DossierError(at + pointer(error.getInstanceLocation().toString(), error.getProperty()),
					error.getMessage()))
			.distinct()
			.toList();
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
