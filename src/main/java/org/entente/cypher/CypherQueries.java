package org.entente.cypher;

import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * The saved queries in {@code cypher/queries/} and the import steps in {@code cypher/import/}: the files a console
 * user runs are the queries the service runs.
 */
@Component
public class CypherQueries {

	private final ResourceLoader resources;

	CypherQueries(ResourceLoader resources) {
		this.resources = resources;
	}

	/**
	 * The one statement of a saved query.
	 * @param name the file name without {@code .cypher}
	 * @return its Cypher, parameters left as {@code $name}
	 */
	public String get(String name) {
		return CypherScript.of(this.resources.getResource("classpath:cypher/queries/" + name + ".cypher")).single();
	}

	/**
	 * The one statement of an import step in {@code cypher/import/}.
	 * @param name the file name without {@code .cypher}
	 * @return its Cypher, taking {@code $rows}
	 */
	public String importStep(String name) {
		return CypherScript.of(this.resources.getResource("classpath:cypher/import/" + name + ".cypher")).single();
	}

}
