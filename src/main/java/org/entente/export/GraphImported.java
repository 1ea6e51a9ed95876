package org.entente.export;

/**
 * Published, in the import's transaction, after a graph import wrote its nodes and relationships: the derived data an
 * export leaves out (the rollups) must be counted again.
 *
 * @param nodes how many nodes the document held
 * @param relationships how many relationships it held
 */
public record GraphImported(int nodes, int relationships) {
}
