package org.entente.export;

import java.util.Locale;
import java.util.Map;

import org.entente.web.InvalidParameterException;
import org.entente.web.QueryParameters;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ExportController {

	static final int MAX_DEPTH = 5;

	private final ExportService exports;

	private final GraphImporter importer;

	ExportController(ExportService exports, GraphImporter importer) {
		this.exports = exports;
		this.importer = importer;
	}

	/** The whole graph, or the neighbourhood of {@code center} to {@code depth} hops, as GraphML, GEXF, FtM, JSON or Cypher. */
	@GetMapping("/api/export")
	ResponseEntity<String> export(@RequestParam(defaultValue = "json") String format,
			@RequestParam(required = false) String center, @RequestParam(defaultValue = "2") int depth) {
		ExportFormat chosen = format(format);
		String body = this.exports.export(chosen, center, QueryParameters.bounded("depth", depth, 1, MAX_DEPTH));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(chosen.mediaType + ";charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("entente." + chosen.extension).build().toString())
			.body(body);
	}

	/** Takes back a JSON export, merging on ids: importing the same export twice changes nothing. */
	// produces: an Accept the answer cannot meet is a 406 before anything is written, not after.
	@PostMapping(path = "/api/graph", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	GraphImporter.Result importGraph(@RequestBody Map<String, Object> document) {
		return this.importer.importGraph(document);
	}

	private static ExportFormat format(String format) {
		try {
			return ExportFormat.valueOf(format.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidParameterException("format", "must be 'graphml', 'gexf', 'ftm', 'json' or 'cypher'");
		}
	}

}
