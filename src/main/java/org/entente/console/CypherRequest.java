package org.entente.console;

import java.util.Map;

/**
 * A read-only Cypher query and its parameters.
 *
 * @param query one Cypher statement
 * @param params its {@code $parameters} as JSON values; may be absent
 */
record CypherRequest(String query, Map<String, Object> params) {
}
