package org.entente.cooperation;

/** A country ranked by its cooperation score with another actor. */
record Partner(String id, String name, double score, Cooperation.Range range, double index, double reciprocity, int facts) {
}
