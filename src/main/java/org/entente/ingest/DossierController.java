package org.entente.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.entente.web.InvalidParameterException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class DossierController {

	private final DossierImporter importer;

	private final DossierSchema schema;

	private final CsvDossiers csv;

	DossierController(DossierImporter importer, DossierSchema schema, JsonMapper json) {
		this.importer = importer;
		this.schema = schema;
		this.csv = new CsvDossiers(json);
	}

	/** The dossier format, as a JSON Schema (draft 2020-12): the latest version, or the one asked for. */
	@GetMapping(path = "/api/dossiers/schema", produces = "application/schema+json")
	ResponseEntity<String> schema(@RequestParam(defaultValue = DossierSchema.LATEST) String version) {
		String text = this.schema.text(version);
		if (text == null) {
			throw new InvalidParameterException("version", "must be 1 or 2");
		}
		return ResponseEntity.ok().contentType(MediaType.valueOf("application/schema+json")).body(text);
	}

	/**
	 * Imports one dossier, or a JSON array of them. Every dossier is checked first; if any has an error, the answer
	 * is a 400 listing every error with its JSON pointer, and nothing is written.
	 */
	// produces: an Accept the answer cannot meet is a 406 before anything is written, not after.
	@PostMapping(path = "/api/dossiers", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	List<ImportResult> importDossiers(@RequestBody JsonNode body) {
		Map<String, JsonNode> dossiers = DossierImporter.byPointer(body, "");
		if (dossiers.isEmpty()) {
			throw new InvalidDossierException(List.of(new DossierError("", "no dossier in the request")));
		}
		return this.importer.importAll(dossiers);
	}

	/**
	 * Imports a CSV table (countries, conferrals or engagements; see docs/api.md), one dossier per source named in its
	 * rows, checked and imported like JSON dossiers. Pointers read {@code [sourceId]/facts/i}: that source's i-th row.
	 */
	@PostMapping(path = "/api/dossiers", consumes = "text/csv", produces = MediaType.APPLICATION_JSON_VALUE)
	List<ImportResult> importCsv(@RequestBody String body) {
		Map<String, JsonNode> dossiers = new LinkedHashMap<>();
		try {
			this.csv.read(new StringReader(body)).forEach((sourceId, dossier) -> dossiers.put("[" + sourceId + "]", dossier));
		}
		catch (IllegalArgumentException | IllegalStateException | IOException | UncheckedIOException ex) {
			throw new InvalidDossierException(List.of(new DossierError("", reason(ex))));
		}
		if (dossiers.isEmpty()) {
			throw new InvalidDossierException(List.of(new DossierError("", "no rows in the table")));
		}
		return this.importer.importAll(dossiers);
	}

	/** What the CSV reader says is wrong, without the class names it wraps its messages in. */
	private static String reason(Exception ex) {
		Throwable cause = ex;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		String message = String.valueOf(cause.getMessage()).replaceAll("\\b(?:[a-z]\\w*\\.)+[A-Z]\\w*(?:Exception|Error):\\s*", "");
		return "is not a readable CSV table: " + message;
	}

}
