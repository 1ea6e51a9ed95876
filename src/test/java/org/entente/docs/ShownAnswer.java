package org.entente.docs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whether an answer matches the one the docs show (the rules are at the top of docs/api.md): every key shown must be
 * there with a matching value, and {@code "...": "..."} only tells the reader that keys are left out; arrays match
 * element by element, and a last element {@code "..."} makes the shown ones a prefix; a number matches when the
 * answer, rounded to the decimals shown, equals it; strings, booleans and null must be equal.
 */
final class ShownAnswer {

	static final String ELLIPSIS = "...";

	// Numbers as written, so that the decimals shown (including a trailing 0) are known.
	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
		.build();

	private ShownAnswer() {
	}

	static JsonNode read(String json) {
		return JSON.readTree(json);
	}

	/** The first place where {@code actual} does not match {@code shown}, as a JSON path and why, or null. */
	static String mismatch(JsonNode shown, JsonNode actual, String path) {
		if (shown.isObject()) {
			return actual.isObject() ? objectMismatch(shown, actual, path) : differs(shown, actual, path);
		}
		if (shown.isArray()) {
			return actual.isArray() ? arrayMismatch(shown, actual, path) : differs(shown, actual, path);
		}
		if (shown.isNumber()) {
			return actual.isNumber() && rounded(actual, shown).compareTo(shown.decimalValue()) == 0 ? null
					: differs(shown, actual, path);
		}
		return shown.equals(actual) ? null : differs(shown, actual, path);
	}

	private static String objectMismatch(JsonNode shown, JsonNode actual, String path) {
		for (Map.Entry<String, JsonNode> entry : shown.properties()) {
			String key = entry.getKey();
			if (key.equals(ELLIPSIS)) {
				continue;
			}
			if (!actual.has(key)) {
				return path + "." + key + ": shown, but not in the answer";
			}
			String mismatch = mismatch(entry.getValue(), actual.get(key), path + "." + key);
			if (mismatch != null) {
				return mismatch;
			}
		}
		return null;
	}

	private static String arrayMismatch(JsonNode shown, JsonNode actual, String path) {
		boolean prefix = !shown.isEmpty() && ELLIPSIS.equals(shown.get(shown.size() - 1).stringValue(null));
		int compared = prefix ? shown.size() - 1 : shown.size();
		if (prefix ? actual.size() < compared : actual.size() != compared) {
			return path + ": shown " + (prefix ? "at least " : "") + compared + " elements, the answer has "
					+ actual.size();
		}
		for (int i = 0; i < compared; i++) {
			String mismatch = mismatch(shown.get(i), actual.get(i), path + "[" + i + "]");
			if (mismatch != null) {
				return mismatch;
			}
		}
		return null;
	}

	private static BigDecimal rounded(JsonNode actual, JsonNode shown) {
		return actual.decimalValue().setScale(Math.max(0, shown.decimalValue().scale()), RoundingMode.HALF_UP);
	}

	private static String differs(JsonNode shown, JsonNode actual, String path) {
		return path + ": shown " + shown + ", the answer has " + actual;
	}

}
