package org.entente.security;

/** What an account may do; each role may do all that the ones before it may. */
enum Role {

	/** Reads: every GET and the read-only console, when reads are closed. */
	READER,

	/** Imports dossiers. */
	EDITOR,

	/** Imports whole graphs and sees the health details. */
	ADMIN;

	/** The hierarchy in Spring Security's notation: {@code ROLE_ADMIN > ROLE_EDITOR > ROLE_READER}. */
	static String hierarchy() {
		return "ROLE_ADMIN > ROLE_EDITOR\nROLE_EDITOR > ROLE_READER";
	}

}
