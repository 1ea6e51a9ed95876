package org.entente.paths;

/** How alliance paths are ranked. */
enum PathMode {

	/** Fewest hops first. */
	SHORTEST,

	/** Highest product of the facts' strengths first. */
	STRONGEST

}
