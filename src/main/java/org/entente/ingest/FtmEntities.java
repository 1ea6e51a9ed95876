package org.entente.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * FollowTheMoney entities as JSON lines (as OpenSanctions and Aleph publish them): one entity per line, each line
 * parsed on its own by Jackson, so the file is a stream and one bad line does not hide the others' errors. Each
 * line is checked (JSON, {@code id}, {@code schema}, {@code properties} as lists of text, dates); an error names
 * the file, line, column and field. docs/formats.md says what Entente takes from each schema.
 */
final class FtmEntities {

	/** The schemata Entente maps; an entity of any other is skipped and counted. */
	static final Set<String> SCHEMATA = Set.of("Person", "Organization", "Company", "LegalEntity", "PublicBody",
			"Membership", "Occupancy", "Position", "Event");

	/** The date properties Entente reads, checked as FtM dates (ISO 8601, as precise as known). */
	private static final Set<String> DATES = Set.of("birthDate", "startDate", "endDate", "date", "inceptionDate",
			"dissolutionDate");

	// FtM ids are slugs or hashes; a wider alphabet could not be a readable Entente id.
	private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,199}");

	private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2}(T[0-9:.+\\-Z]*)?)?)?");

	/** One entity: its line, id, schema, properties (each a list of text), datasets and former ids. */
	record Entity(long line, String id, String schema, Map<String, List<String>> properties, List<String> datasets,
			List<String> referents, String lastChange) {

		List<String> values(String property) {
			return this.properties.getOrDefault(property, List.of());
		}

		String first(String property) {
			List<String> values = values(property);
			return values.isEmpty() ? null : values.get(0);
		}

		/** A date property's first value as an EDTF day, month or year (FtM's times are cut to the day). */
		String day(String property) {
			String value = first(property);
			return (value == null) ? null : value.length() > 10 ? value.substring(0, 10) : value;
		}

	}

	/** What a read found: lines, entities by schema, errors (at most {@link GdeltEvents#MAX_ERRORS} listed). */
	record Summary(long lines, long errorCount, List<GdeltEvents.FileError> errors, String lastChange)
			implements InvalidFileException.Checked {
	}

	private final JsonMapper json;

	FtmEntities(JsonMapper json) {
		this.json = json;
	}

	/**
	 * Reads every line, giving each valid entity of a schema Entente maps to {@code entities}, in file order; an
	 * entity of another schema goes to {@code others}, to be counted.
	 */
	Summary read(String file, BufferedReader reader, Consumer<Entity> entities, Consumer<String> others) {
		Tally tally = new Tally(file);
		Map<String, Long> firstLine = new HashMap<>();
		String lastChange = null;
		try {
			long line = 0;
			for (String text = reader.readLine(); text != null; text = reader.readLine()) {
				line++;
				if (text.isBlank()) {
					continue;
				}
				Entity entity = entity(text, line, tally);
				if (entity == null) {
					continue;
				}
				Long first = firstLine.putIfAbsent(entity.id(), line);
				if (first != null) {
					tally.error(line, text, "id", "'" + entity.id() + "' duplicates line " + first + ": one line per entity");
					continue;
				}
				if (entity.lastChange() != null && (lastChange == null || entity.lastChange().compareTo(lastChange) > 0)) {
					lastChange = entity.lastChange();
				}
				if (SCHEMATA.contains(entity.schema())) {
					entities.accept(entity);
				}
				else {
					others.accept(entity.schema());
				}
			}
			tally.lines = line;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Summary(tally.lines, tally.errorCount, List.copyOf(tally.errors), lastChange);
	}

	/** The line's entity; null when it has an error (added to the tally). */
	private Entity entity(String text, long line, Tally tally) {
		JsonNode node;
		try {
			node = this.json.readTree(text);
		}
		catch (JacksonException ex) {
			int column = (ex.getLocation() != null) ? Math.max(1, ex.getLocation().getColumnNr()) : 1;
			tally.errors(new GdeltEvents.FileError(tally.file, line, column, null, "is not JSON: " + ex.getOriginalMessage()));
			return null;
		}
		if (!node.isObject()) {
			tally.error(line, text, null, "is not a JSON object (one FtM entity per line)");
			return null;
		}
		long before = tally.errorCount;
		String id = node.path("id").isString() ? node.get("id").asString() : null;
		if (id == null || !ID.matcher(id).matches()) {
			tally.error(line, text, "id", (id == null ? "missing or not text" : "'" + id + "'")
					+ ": an FtM id is 1 to 200 letters, digits, '.', '_', ':' or '-'");
		}
		String schema = node.path("schema").isString() ? node.get("schema").asString() : null;
		if (schema == null || schema.isBlank()) {
			tally.error(line, text, "schema", "missing or not text");
		}
		Map<String, List<String>> properties = new LinkedHashMap<>();
		JsonNode props = node.path("properties");
		if (!props.isMissingNode() && !props.isObject()) {
			tally.error(line, text, "properties", "is not an object of property lists");
		}
		for (Map.Entry<String, JsonNode> property : props.properties()) {
			List<String> values = texts(property.getValue());
			if (values == null) {
				tally.error(line, text, property.getKey(), "properties." + property.getKey() + " is not a list of text");
				continue;
			}
			if (SCHEMATA.contains(schema) && DATES.contains(property.getKey())) {
				values.stream().filter(value -> !DATE.matcher(value).matches()).findFirst().ifPresent(value -> tally.error(line,
						text, property.getKey(), "'" + value + "' is not an FtM date (YYYY, YYYY-MM or YYYY-MM-DD)"));
			}
			properties.put(property.getKey(), values);
		}
		List<String> datasets = list(node, "datasets", line, text, tally);
		List<String> referents = list(node, "referents", line, text, tally);
		String lastChange = node.path("last_change").isString() ? node.get("last_change").asString() : null;
		if (lastChange != null && !DATE.matcher(lastChange.replace(' ', 'T')).matches()) {
			tally.error(line, text, "last_change", "'" + lastChange + "' is not an ISO 8601 time");
		}
		return (tally.errorCount > before) ? null : new Entity(line, id, schema, properties, datasets, referents,
				(lastChange == null) ? null : lastChange.substring(0, Math.min(10, lastChange.length())));
	}

	private static List<String> list(JsonNode node, String field, long line, String text, Tally tally) {
		if (!node.has(field)) {
			return List.of();
		}
		List<String> values = texts(node.get(field));
		if (values == null) {
			tally.error(line, text, field, field + " is not a list of text");
			return List.of();
		}
		return values;
	}

	/** The array's texts; null when it is not an array of text. */
	private static List<String> texts(JsonNode array) {
		if (!array.isArray()) {
			return null;
		}
		List<String> values = new ArrayList<>();
		for (JsonNode value : array) {
			if (!value.isString()) {
				return null;
			}
			values.add(value.asString());
		}
		return values;
	}

	private static final class Tally {

		final String file;

		long lines;

		long errorCount;

		final List<GdeltEvents.FileError> errors = new ArrayList<>();

		Tally(String file) {
			this.file = file;
		}

		/** An error at a field, its column where the field's name first appears on the line (1 if it is absent). */
		void error(long line, String text, String field, String reason) {
			int column = (field == null) ? 1 : Math.max(0, text.indexOf("\"" + field + "\"")) + 1;
			errors(new GdeltEvents.FileError(this.file, line, column, field, reason));
		}

		void errors(GdeltEvents.FileError error) {
			this.errorCount++;
			if (this.errors.size() < GdeltEvents.MAX_ERRORS) {
				this.errors.add(error);
			}
		}

	}

}
