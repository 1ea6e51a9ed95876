package org.entente.ingest;

import java.util.List;
import java.util.Map;

import org.entente.web.InvalidParameterException;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail: imports listed, one shown, one retracted (an editor's write, by security/AccessRules). */
@RestController
class ImportController {

	private final ImportRetraction imports;

	ImportController(ImportRetraction imports) {
		this.imports = imports;
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
