package org.entente.ingest;

import java.util.List;
import java.util.Map;

/**
 * A valid dossier, turned into the rows the import scripts in {@code cypher/import/} write in one transaction.
 *
 * @param source the Source node's properties
 * @param entities entity rows: {@code label}, {@code id}, {@code properties}
 * @param ties entity-to-entity rows: {@code from}, {@code type}, {@code to}
 * @param facts fact rows: {@code label}, {@code id}, {@code typeCode} (CAMEO or Entente type), {@code properties}
 * @param factTiesIn entity-to-fact rows: {@code entity}, {@code type}, {@code fact}
 * @param factTiesOut fact-to-entity rows: {@code fact}, {@code type}, {@code entity}
 * @param memberships country-to-treaty/alliance rows: {@code country}, {@code type}, {@code of}, {@code properties}
 */
record DossierPlan(Map<String, Object> source, List<Map<String, Object>> entities, List<Map<String, Object>> ties,
		List<Map<String, Object>> facts, List<Map<String, Object>> factTiesIn, List<Map<String, Object>> factTiesOut,
		List<Map<String, Object>> memberships) {

	String sourceId() {
		return (String) this.source.get("id");
	}

}
