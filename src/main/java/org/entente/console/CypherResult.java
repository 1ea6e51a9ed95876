package org.entente.console;

import java.util.List;

/**
 * A query's answer as a table.
 *
 * @param columns the names of the returned columns, in order
 * @param rows one list of values per row, in column order; nodes, relationships and paths as maps, dates as ISO
 * strings
 * @param truncated whether rows beyond the row cap were left out
 */
record CypherResult(List<String> columns, List<List<Object>> rows, boolean truncated) {
}
