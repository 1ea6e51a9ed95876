package org.entente.neo4j;

/** A port Entente needs is already taken by another process. */
class PortInUseException extends RuntimeException {

	private final String setting;

	PortInUseException(String what, String host, int port, String setting) {
		super(what + " port " + port + " on " + host + " is already in use");
		this.setting = setting;
	}

	String setting() {
		return this.setting;
	}

}
