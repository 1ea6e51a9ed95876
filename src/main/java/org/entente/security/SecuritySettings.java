package org.entente.security;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Accounts, roles and host names ({@code entente.security.*}).
 *
 * @param openReads whether reads (every GET and the read-only console) need no login; true by default because the
 * API listens on localhost only ({@code ENTENTE_OPEN_READS})
 * @param allowedHosts the host names requests may name in their {@code Host} header; any other is refused, which
 * stops DNS rebinding ({@code ENTENTE_ALLOWED_HOSTS})
 * @param passwordFolder where generated passwords are kept, readable by their owner only (the data folder)
 * @param reader the account that may read when reads are closed; optional
 * @param editor the account that may import dossiers; its password is generated when none is set
 * @param admin the account that may also import whole graphs and see health details; generated likewise
 * @param passwordStrength bcrypt's log2 rounds for the passwords held ({@code ENTENTE_PASSWORD_STRENGTH}): 10, the
 * library's default, makes one check cost about 64 ms of a core here, which slows guessing and every login alike
 */
@ConfigurationProperties("entente.security")
record SecuritySettings(@DefaultValue("true") boolean openReads,
		@DefaultValue({ "localhost", "127.0.0.1", "[::1]" }) List<String> allowedHosts, Path passwordFolder,
		@DefaultValue Account reader, @DefaultValue Account editor, @DefaultValue Account admin,
		@DefaultValue("10") int passwordStrength) {

	SecuritySettings {
		if (passwordStrength < 4 || passwordStrength > 31) {
			throw new IllegalArgumentException("entente.security.password-strength must be between 4 and 31 (bcrypt's "
					+ "log2 rounds), not " + passwordStrength);
		}
	}

	/**
	 * One account from the settings.
	 * @param user the login name; empty for none
	 * @param password the password, or its hash in Spring Security's {@code {id}hash} form (e.g. {@code {bcrypt}...})
	 * so that settings need not hold it in clear; empty for none
	 */
	record Account(String user, String password) {

		Account {
			user = (user == null) ? "" : user.strip();
			password = (password == null) ? "" : password;
		}

	}

}
