package org.entente.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A request the docs show with its answer: a {@code sh} block holding curl commands against the app, immediately
 * followed (blank lines aside) by a {@code json} block. The curls run in order and the last one's answer is compared.
 */
record DocExample(Path file, int line, List<Curl> requests, String answer) {

	/** README first, then docs/ by name: requests that change the graph run in this order. */
	static List<Path> docs(Path project) {
		try (Stream<Path> docs = Files.list(project.resolve("docs"))) {
			return Stream.concat(Stream.of(project.resolve("README.md")),
					docs.filter(doc -> doc.toString().endsWith(".md")).sorted()).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Every example in {@code file}, in document order. */
	static List<DocExample> in(Path file) {
		List<String> lines = lines(file);
		List<Block> blocks = Block.in(lines);
		List<DocExample> examples = new ArrayList<>();
		for (int i = 0; i + 1 < blocks.size(); i++) {
			Block script = blocks.get(i);
			Block answer = blocks.get(i + 1);
			boolean adjacent = lines.subList(script.close() + 1, answer.open()).stream().allMatch(String::isBlank);
			if (script.info().equals("sh") && answer.info().equals("json") && adjacent) {
				List<Curl> requests = Curl.commands(script.text()).stream().filter(Curl::isCurl).map(Curl::parse).toList();
				if (!requests.isEmpty()) {
					examples.add(new DocExample(file, script.open() + 2, requests, answer.text()));
				}
			}
		}
		return examples;
	}

	@Override
	public String toString() {
		return this.file + ":" + this.line + " " + this.requests.get(this.requests.size() - 1);
	}

	private static List<String> lines(Path file) {
		try {
			return Files.readAllLines(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A fenced code block: its info string, its text, and the indexes of its opening and closing fence lines. */
	record Block(String info, String text, int open, int close) {

		static List<Block> in(List<String> lines) {
			List<Block> blocks = new ArrayList<>();
			for (int open = 0; open < lines.size(); open++) {
				if (lines.get(open).startsWith("```")) {
					int close = open + 1;
					while (!lines.get(close).startsWith("```")) {
						close++;
					}
					blocks.add(new Block(lines.get(open).substring(3).trim(),
							String.join("\n", lines.subList(open + 1, close)), open, close));
					open = close;
				}
			}
			return blocks;
		}

	}

}
