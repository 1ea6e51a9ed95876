package org.entente.console;

/**
 * Cypher text as code alone, for finding the names a query calls: comments become a space, string literals become
 * {@code ''} (a name inside a string is not a call), and backtick quotes are dropped, so {@code `apoc`.`load`.json}
 * reads as {@code apoc.load.json}.
 */
final class CypherText {

	private CypherText() {
	}

	static String code(String query) {
		StringBuilder code = new StringBuilder(query.length());
		int i = 0;
		int n = query.length();
		while (i < n) {
			char c = query.charAt(i);
			if (c == '/' && i + 1 < n && query.charAt(i + 1) == '/') {
				i = until(query, i + 2, "\n");
				code.append(' ');
			}
			else if (c == '/' && i + 1 < n && query.charAt(i + 1) == '*') {
				i = until(query, i + 2, "*/");
				code.append(' ');
			}
			else if (c == '\'' || c == '"') {
				i = endOfString(query, i + 1, c);
				code.append("''");
			}
			else if (c == '`') {
				// A quoted name, copied as it is: a quote or comment mark inside it starts nothing.
				int end = i + 1;
				while (end < n && (query.charAt(end) != '`' || (end + 1 < n && query.charAt(end + 1) == '`'))) {
					end += (query.charAt(end) == '`') ? 2 : 1;
				}
				code.append(query, i + 1, end);
				i = end + 1;
			}
			else {
				code.append(c);
				i++;
			}
		}
		return code.toString();
	}

	/** Just past the end mark, or the end of the text. */
	private static int until(String text, int from, String end) {
		int at = text.indexOf(end, from);
		return (at < 0) ? text.length() : at + end.length();
	}

	/** Just past the closing quote; a backslash escapes the character after it. */
	private static int endOfString(String text, int from, char quote) {
		int i = from;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c == '\\') {
				i += 2;
			}
			else if (c == quote) {
				return i + 1;
			}
			else {
				i++;
			}
		}
		return text.length();
	}

}
