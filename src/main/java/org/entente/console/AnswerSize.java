package org.entente.console;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * How many bytes a row adds to the answer's JSON, counted as it is written and given up past a bound, so a huge
 * row is never serialised whole just to be measured.
 */
final class AnswerSize {

	private static final JsonMapper json = JsonMapper.builder().build();

	private AnswerSize() {
	}

	/** The row's JSON size in bytes, or -1 if it is more than {@code bound}. */
	static long of(List<Object> row, long bound) {
		Counter counter = new Counter(bound);
		try {
			json.writeValue(counter, row);
		}
		catch (JacksonException ex) {
			if (counter.count > bound) {
				return -1;
			}
			throw ex;
		}
		return counter.count;
	}

	private static final class Counter extends OutputStream {

		private final long bound;

		long count;

		Counter(long bound) {
			this.bound = bound;
		}

		@Override
		public void write(int b) throws IOException {
			add(1);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			add(len);
		}

		private void add(long bytes) throws IOException {
			this.count += bytes;
			if (this.count > this.bound) {
				throw new IOException("past " + this.bound + " bytes");
			}
		}

	}

}
