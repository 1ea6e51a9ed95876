package org.entente.entity;

import java.util.List;

/** An entity matching a search, by relevance. */
record SearchHit(String id, List<String> labels, String name) {
}
