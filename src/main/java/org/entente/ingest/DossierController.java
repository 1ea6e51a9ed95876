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

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
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
	List<ImportResult> importDossiers(@RequestBody JsonNode body, @RequestParam(required = false) String file,
			@RequestHeader(name = HttpHeaders.CONTENT_DISPOSITION, required = false) String disposition) {
		Map<String, JsonNode> dossiers = DossierImporter.byPointer(body, "");
		if (dossiers.isEmpty()) {
			throw new InvalidDossierException(List.of(new DossierError("", "no dossier in the request")));
		}
		// The parsed body, written compactly: the hash of what was imported, whatever its layout on the wire.
		return this.importer.importAll(dossiers, DossierImporter.Progress.NONE,
				ImportOrigin.rest("dossier", fileName(file, disposition), body.toString()));
	}

	/**
	 * Imports a CSV table (countries, conferrals or engagements; see docs/api.md), one dossier per source named in its
	 * rows, checked and imported like JSON dossiers. Pointers read {@code [sourceId]/facts/i}: that source's i-th row.
	 */
	@PostMapping(path = "/api/dossiers", consumes = "text/csv", produces = MediaType.APPLICATION_JSON_VALUE)
	List<ImportResult> importCsv(@RequestBody String body, @RequestParam(required = false) String file,
			@RequestHeader(name = HttpHeaders.CONTENT_DISPOSITION, required = false) String disposition) {
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
		return this.importer.importAll(dossiers, DossierImporter.Progress.NONE,
				ImportOrigin.rest("csv", fileName(file, disposition), body));
	}

	/** The file name a client gives, as {@code ?file=} or a Content-Disposition filename; null if none. */
	private static String fileName(String file, String disposition) {
		if (file != null && !file.isBlank()) {
			return file;
		}
		if (disposition == null) {
			return null;
		}
		try {
			return ContentDisposition.parse(disposition).getFilename();
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidParameterException("Content-Disposition", "is not a valid header: give a filename, or ?file=");
		}
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
