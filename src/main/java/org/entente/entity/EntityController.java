package org.entente.entity;

import java.util.Collection;

import org.entente.web.InvalidParameterException;
import org.entente.web.NotFoundException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class EntityController {

	static final int MAX_QUERY_LENGTH = 200;

	static final int MAX_LIMIT = 100;

	private final EntityService entities;

	EntityController(EntityService entities) {
		this.entities = entities;
	}

	/** Entities whose name or alias contains the words of {@code q}, case-insensitive, best match first. */
	@GetMapping("/api/search")
	Collection<SearchHit> search(@RequestParam String q, @RequestParam(defaultValue = "20") int limit) {
		if (q.codePoints().noneMatch(Character::isLetterOrDigit)) {
			throw new InvalidParameterException("q", "must contain at least one letter or digit");
		}
		if (q.length() > MAX_QUERY_LENGTH) {
			throw new InvalidParameterException("q", "must be at most " + MAX_QUERY_LENGTH + " characters");
		}
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new InvalidParameterException("limit", "must be between 1 and " + MAX_LIMIT);
		}
		return this.entities.search(q, limit);
	}

	/** Any node by id: its labels, properties and relationships, each with its source. */
	@GetMapping("/api/entities/{id}")
	EntityDetails entity(@PathVariable String id) {
		return this.entities.find(id).orElseThrow(() -> new NotFoundException("entity", id));
	}

}
