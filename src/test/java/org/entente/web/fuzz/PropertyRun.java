package org.entente.web.fuzz;

import java.util.Arrays;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A property checked over generated cases, from a fixed seed so that every run makes the same cases. The first case
 * that fails is shrunk, Hypothesis-style, by making its recorded {@link Choices} fewer and smaller while it still
 * fails, and the failure names both the case and the smallest one found.
 */
final class PropertyRun {

	/** How many smaller cases a failure may try: each is a request, so the report comes in seconds. */
	private static final int SHRINK_BUDGET = 400;

	private PropertyRun() {
	}

	record Case<T>(int[] choices, T value, Throwable failure) {
	}

	static <T> void check(long seed, int tries, Function<Choices, T> generator, Consumer<T> property) {
		Random random = new Random(seed);
		for (int i = 1; i <= tries; i++) {
			Choices choices = Choices.drawnFrom(random);
			T value = generator.apply(choices);
			Throwable failure = failure(property, value);
			if (failure != null) {
				Case<T> smallest = shrink(new Case<>(choices.made(), value, failure), generator, property);
				AssertionError error = new AssertionError("Falsified at try " + i + " of " + tries + " (seed " + seed
						+ ")\n  first case: " + value + "\n  smallest case: " + smallest.value() + "\n  which failed with: "
						+ smallest.failure().getMessage(), smallest.failure());
				error.addSuppressed(failure);
				throw error;
			}
		}
	}

	private static <T> Throwable failure(Consumer<T> property, T value) {
		try {
			property.accept(value);
			return null;
		}
		catch (AssertionError | RuntimeException ex) {
			return ex;
		}
	}

	private static <T> Case<T> shrink(Case<T> failing, Function<Choices, T> generator, Consumer<T> property) {
		Case<T> best = failing;
		int budget = SHRINK_BUDGET;
		boolean shrunk = true;
		while (shrunk && budget > 0) {
			shrunk = false;
			for (int[] candidate : (Iterable<int[]>) simpler(best.choices())::iterator) {
				if (budget-- <= 0) {
					break;
				}
				Choices replay = Choices.replaying(candidate);
				T value = generator.apply(replay);
				int[] made = replay.made();
				if (smaller(made, best.choices())) {
					Throwable failure = failure(property, value);
					if (failure != null) {
						best = new Case<>(made, value, failure);
						shrunk = true;
						break;
					}
				}
			}
		}
		return best;
	}

	/** Variants of the choices: each one made 0, blocks of them left out, then each one halved or one less. */
	private static Stream<int[]> simpler(int[] choices) {
		Stream<int[]> zeroed = IntStream.range(0, choices.length).filter(i -> choices[i] > 0).mapToObj(i -> with(choices, i, 0));
		Stream<int[]> shorter = IntStream.of(8, 4, 2, 1).boxed().flatMap(size -> IntStream
			.rangeClosed(0, choices.length - size)
			.mapToObj(from -> concat(Arrays.copyOfRange(choices, 0, from), Arrays.copyOfRange(choices, from + size, choices.length))));
		Stream<int[]> lower = IntStream.range(0, choices.length).filter(i -> choices[i] > 1).boxed()
			.flatMap(i -> IntStream.of(choices[i] / 2, choices[i] - 1).distinct().mapToObj(value -> with(choices, i, value)));
		return Stream.of(zeroed, shorter, lower).flatMap(variants -> variants);
	}

	private static int[] with(int[] choices, int index, int value) {
		int[] variant = choices.clone();
		variant[index] = value;
		return variant;
	}

	private static int[] concat(int[] head, int[] tail) {
		int[] all = Arrays.copyOf(head, head.length + tail.length);
		System.arraycopy(tail, 0, all, head.length, tail.length);
		return all;
	}

	/** Fewer choices, or as many and the first that differs is smaller: shrinking always ends. */
	private static boolean smaller(int[] a, int[] b) {
		return (a.length != b.length) ? a.length < b.length : Arrays.compare(a, b) < 0;
	}

}
