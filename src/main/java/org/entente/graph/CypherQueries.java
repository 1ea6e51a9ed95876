package org.entente.graph;

import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * The saved queries in {@code cypher/queries/}: the files a console user runs are the queries the service runs.
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

}
