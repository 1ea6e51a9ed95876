package org.entente.web.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * The random choices one generated case is made of, recorded so that the case can be made again from them alone.
 * Every generator puts its simplest option at 0, so a case made of smaller choices is a simpler case: that is how
 * {@link PropertyRun} shrinks a failing one.
 */
final class Choices {

	private final Random random;

	private final int[] replay;

	private final List<Integer> made = new ArrayList<>();

	private Choices(Random random, int[] replay) {
		this.random = random;
		this.replay = replay;
	}

	static Choices drawnFrom(Random random) {
		return new Choices(random, null);
	}

	/** The recorded choices again; past their end every choice is 0, the simplest. */
	static Choices replaying(int[] choices) {
		return new Choices(null, choices);
	}

	int below(int bound) {
		int index = this.made.size();
		int choice = (this.random != null) ? this.random.nextInt(bound)
				: (index < this.replay.length) ? Math.min(this.replay[index], bound - 1) : 0;
		this.made.add(choice);
		return choice;
	}

	/** True in about {@code percent} of the cases; false is the simpler answer. */
	boolean sometimes(int percent) {
		return below(100) >= 100 - percent;
	}

	/** An index drawn with the given weights; index 0 is the simplest. */
	int weighted(int... weights) {
		int total = 0;
		for (int weight : weights) {
			total += weight;
		}
		int drawn = below(total);
		for (int i = 0; i < weights.length; i++) {
			drawn -= weights[i];
			if (drawn < 0) {
				return i;
			}
		}
		throw new IllegalStateException("unreachable");
	}

	@SafeVarargs
	final <T> T of(T... options) {
		return options[below(options.length)];
	}

	<T> T of(List<T> options) {
		return options.get(below(options.size()));
	}

	/** One of the generators, drawn with its weight: {@code weights[i]} goes with {@code generators[i]}. */
	@SafeVarargs
	final <T> T oneOf(int[] weights, Supplier<T>... generators) {
		return generators[weighted(weights)].get();
	}

	/** Up to {@code maxLength} characters of {@code alphabet}; its first character is the simplest. */
	String text(String alphabet, int maxLength) {
		int[] points = alphabet.codePoints().toArray();
		StringBuilder text = new StringBuilder();
		for (int length = below(maxLength + 1); length > 0; length--) {
			text.appendCodePoint(points[below(points.length)]);
		}
		return text.toString();
	}

	int[] made() {
		return this.made.stream().mapToInt(Integer::intValue).toArray();
	}

}
