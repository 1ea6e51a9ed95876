package org.entente.ingest;

import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * One file's import, all or nothing, however large: each plan is written and committed in a transaction of its
 * own (a file's facts need not fit one transaction's memory, entente.neo4j.embedded.transaction-memory), all under
 * one (:Import) record of the audit trail. When a chunk fails, the chunks already committed are retracted through
 * that record (ImportRetraction, as {@code DELETE /api/imports/{id}} would) and the failure is thrown on: nothing of
 * the file stays, and the record says it was retracted, by "import failed". While it runs, readers see the chunks
 * committed so far; an import cut short by a crash is listed without its counts and can be retracted by hand.
 */
final class ChunkedImport {

	/** Who a failed import's retraction is by, in its record. */
	static final String FAILED = "import failed";

	private final DossierImporter importer;

	private final ImportRetraction retraction;

	private final TransactionTemplate transactions;

	private final ImportOrigin origin;

	private DossierImporter.Writes writes;

	ChunkedImport(DossierImporter importer, ImportRetraction retraction, TransactionTemplate transactions,
			ImportOrigin origin) {
		this.importer = importer;
		this.retraction = retraction;
		this.transactions = transactions;
		this.origin = origin;
	}

	/** Writes one plan and commits it; a failure retracts what the import committed before, then is thrown on. */
	ImportResult write(DossierPlan plan) {
		return undoneOnFailure(() -> this.transactions.execute(status -> {
			if (this.writes == null) {
				// The record is begun in the first chunk's transaction: a file that fails at once leaves none.
				this.writes = this.importer.writes(this.origin, rows -> {
				});
			}
			return this.writes.write(plan);
		}));
	}

	/** Counts the import in its record; its id, or null when it wrote nothing new (no record stays). */
	String finish() {
		if (this.writes == null) {
			return null;
		}
		return undoneOnFailure(() -> this.transactions.execute(status -> this.writes.finish()));
	}

	/** Retracts what the import committed so far, if anything: when the file cannot be read to its end. */
	void undo() {
		String importId = (this.writes != null) ? this.writes.importId() : null;
		this.writes = null;
		if (importId != null && this.retraction.exists(importId)) {
			this.retraction.retract(importId, FAILED);
		}
	}

	private <T> T undoneOnFailure(Supplier<T> chunk) {
		try {
			return chunk.get();
		}
		catch (RuntimeException ex) {
			undo();
			throw ex;
		}
	}

}
