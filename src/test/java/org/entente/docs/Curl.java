package org.entente.docs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.entente.ApiTest;

/**
 * One curl command as the docs write it: the URL (with its query string), {@code -X METHOD}, {@code -H 'Name: value'},
 * a login from {@code -u USER:PASSWORD} (with the test accounts' passwords for {@code $ENTENTE_..._PASSWORD}),
 * a body from {@code -d}, {@code --data} or {@code --data-binary} (inline or {@code @FILE}), and {@code -o FILE}.
 * Any other option is refused, so an example the test cannot run as shown fails instead of running differently.
 */
record Curl(String method, String path, Map<String, String> headers, String data, boolean binary, String output) {

	private static final String HOST = "localhost:8080";

	/** The shell variables the docs' logins name, as the test accounts set them. */
	private static final Map<String, String> VARIABLES = Map.of("ENTENTE_EDITOR_PASSWORD", ApiTest.EDITOR_PASSWORD,
			"ENTENTE_ADMIN_PASSWORD", ApiTest.ADMIN_PASSWORD, "ENTENTE_READER_PASSWORD", ApiTest.READER_PASSWORD);

	private static final Pattern VARIABLE = Pattern.compile("\\$(\\w+)");

	/** Whether these words are a curl command against the app. */
	static boolean isCurl(List<String> words) {
		return !words.isEmpty() && words.get(0).equals("curl") && words.stream().anyMatch(word -> word.contains(HOST));
	}

	static Curl parse(List<String> words) {
		String method = null;
		String path = null;
		Map<String, String> headers = new LinkedHashMap<>();
		String data = null;
		boolean binary = false;
		String output = null;
		for (int i = 1; i < words.size(); i++) {
			String word = words.get(i);
			switch (word) {
				case "-X" -> method = words.get(++i);
				case "-H" -> {
					String[] header = words.get(++i).split(":\\s*", 2);
					headers.put(header[0], header[1]);
				}
				case "-d", "--data" -> data = words.get(++i);
				case "--data-binary" -> {
					data = words.get(++i);
					binary = true;
				}
				case "-o" -> output = words.get(++i);
				case "-u" -> headers.put("Authorization", "Basic " + Base64.getEncoder()
					.encodeToString(expanded(words.get(++i)).getBytes(StandardCharsets.UTF_8)));
				default -> {
					if (word.startsWith("-") || !word.contains(HOST)) {
						throw new IllegalArgumentException("curl option the docs test does not know: " + word);
					}
					path = word.substring(word.indexOf(HOST) + HOST.length());
				}
			}
		}
		// As curl: a body makes the request a POST unless -X says otherwise.
		return new Curl(method != null ? method : (data != null ? "POST" : "GET"), path, headers, data, binary, output);
	}

	/**
	 * The request's body, or {@code null} for none. {@code file} reads a {@code @FILE} body; like curl, {@code -d}
	 * and {@code --data} drop the file's line breaks, and {@code --data-binary} keeps them.
	 */
	String body(UnaryOperator<String> file) {
		if (this.data == null) {
			return null;
		}
		return this.data.startsWith("@") ? fileData(file) : this.data;
	}

	private String fileData(UnaryOperator<String> file) {
		String text = file.apply(this.data.substring(1));
		return this.binary ? text : text.replaceAll("[\r\n]", "");
	}

	@Override
	public String toString() {
		return this.method + " " + this.path;
	}

	/** A word with its {@code $VARIABLE}s replaced, as sh would; an unknown one fails. */
	private static String expanded(String word) {
		return VARIABLE.matcher(word).replaceAll(variable -> {
			String value = VARIABLES.get(variable.group(1));
			if (value == null) {
				throw new IllegalArgumentException("shell variable the docs test does not know: " + variable.group());
			}
			return Matcher.quoteReplacement(value);
		});
	}

	/**
	 * The commands of a shell script, each as its words: quotes and backslashes as sh reads them, a backslash at the
	 * end of a line continues it, and {@code #} starts a comment.
	 */
	static List<List<String>> commands(String script) {
		List<List<String>> commands = new ArrayList<>();
		List<String> words = new ArrayList<>();
		StringBuilder word = null;
		for (int i = 0; i < script.length(); i++) {
			char c = script.charAt(i);
			if (c == '\'') {
				int end = script.indexOf('\'', i + 1);
				word = (word != null ? word : new StringBuilder()).append(script, i + 1, end);
				i = end;
			}
			else if (c == '"') {
				word = (word != null ? word : new StringBuilder());
				i = doubleQuoted(script, i + 1, word);
			}
			else if (c == '\\') {
				i++;
				if (script.charAt(i) != '\n') {
					word = (word != null ? word : new StringBuilder()).append(script.charAt(i));
				}
			}
			else if (c == '#' && word == null) {
				int end = script.indexOf('\n', i);
				i = (end < 0 ? script.length() : end) - 1;
			}
			else if (Character.isWhitespace(c)) {
				if (word != null) {
					words.add(word.toString());
					word = null;
				}
				if (c == '\n' && !words.isEmpty()) {
					commands.add(words);
					words = new ArrayList<>();
				}
			}
			else {
				word = (word != null ? word : new StringBuilder()).append(c);
			}
		}
		if (word != null) {
			words.add(word.toString());
		}
		if (!words.isEmpty()) {
			commands.add(words);
		}
		return commands;
	}

	/** Appends a double-quoted string starting at {@code from} and returns the index of its closing quote. */
	private static int doubleQuoted(String script, int from, StringBuilder word) {
		int i = from;
		for (char c = script.charAt(i); c != '"'; c = script.charAt(++i)) {
			// Inside double quotes a backslash escapes only these; before anything else it stays.
			if (c == '\\' && "\"\\$`\n".indexOf(script.charAt(i + 1)) >= 0) {
				c = script.charAt(++i);
				if (c == '\n') {
					continue;
				}
			}
			word.append(c);
		}
		return i;
	}

}
