package org.entente.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import org.entente.web.InvalidParameterException;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Data files in, in the field's formats ({@code POST /api/imports?format=}, an editor's write), and the audit trail:
 * imports listed, one shown, one retracted (an editor's write, by security/AccessRules).
 */
@RestController
class ImportController {

	/** The formats {@code POST /api/imports} reads. */
	static final List<String> FORMATS = List.of("gdelt", "atop", "cow", "ftm");

	private final ImportRetraction imports;

	private final GdeltImporter gdelt;

	private final AllianceImporter alliances;

	private final FtmImporter ftm;

	ImportController(ImportRetraction imports, GdeltImporter gdelt, AllianceImporter alliances, FtmImporter ftm) {
		this.imports = imports;
		this.gdelt = gdelt;
		this.alliances = alliances;
		this.ftm = ftm;
	}

	/**
	 * Imports one file of a format, the request's body (its size bounded by entente.web.max-body), kept in a
	 * temporary file while it is read twice: all or nothing, errors listed with line and column.
	 */
	// consumes: a form body (curl's default) would be read as request parameters before the file could be.
	@PostMapping(path = "/api/imports", consumes = { "text/tab-separated-values", "text/csv", MediaType.TEXT_PLAIN_VALUE,
			MediaType.APPLICATION_OCTET_STREAM_VALUE, MediaType.APPLICATION_NDJSON_VALUE },
			produces = MediaType.APPLICATION_JSON_VALUE)
	Record importFile(@RequestParam String format, @RequestParam(required = false) String file,
			InputStream body) throws IOException {
		if (!FORMATS.contains(format)) {
			throw new InvalidParameterException("format", "must be one of " + String.join(", ", FORMATS));
		}
		Path kept = Files.createTempFile("entente-import-", "." + format);
		try {
			Files.copy(body, kept, StandardCopyOption.REPLACE_EXISTING);
			String name = (file != null && !file.isBlank()) ? file : "request body";
			ImportOrigin origin = ImportOrigin.rest(format, file, kept);
			LongConsumer quiet = lines -> {
			};
			return switch (format) {
				case "gdelt" -> this.gdelt.importFile(kept, name, origin, quiet);
				case "ftm" -> this.ftm.importFile(kept, name, origin, quiet);
				default -> this.alliances.importFile(ImportCommand.dataset(format), kept, name, origin, quiet);
			};
		}
		finally {
			Files.deleteIfExists(kept);
		}
	}

	@GetMapping("/api/imports")
	List<Map<String, Object>> list(@RequestParam(defaultValue = "50") int limit) {
		if (limit < 1 || limit > ImportRetraction.MAX_LIMIT) {
			throw new InvalidParameterException("limit", "must be between 1 and " + ImportRetraction.MAX_LIMIT);
		}
		return this.imports.list(limit);
	}

	@GetMapping("/api/imports/{id}")
	Map<String, Object> one(@PathVariable String id) {
		return this.imports.one(id);
	}

	@DeleteMapping("/api/imports/{id}")
	Map<String, Object> retract(@PathVariable String id) {
		return this.imports.retract(id);
	}

}
