package org.entente.ingest;

/** One thing wrong with a dossier: where (an RFC 6901 JSON pointer) and why. */
record DossierError(String pointer, String reason) {
}
