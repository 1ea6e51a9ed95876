package org.entente.security;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The accounts from the settings. An editor or administrator whose password is not set gets one generated into the
 * password folder, and the log says where. Passwords are held hashed: a clear one from the settings is hashed here.
 */
final class Accounts {

	private static final Log log = LogFactory.getLog(Accounts.class);

	private Accounts() {
	}

	/** bcrypt at the settings' strength, in Spring Security's {@code {bcrypt}hash} form. */
	static PasswordEncoder encoder(SecuritySettings settings) {
		return new DelegatingPasswordEncoder("bcrypt",
				Map.of("bcrypt", new BCryptPasswordEncoder(settings.passwordStrength())));
	}

	static InMemoryUserDetailsManager from(SecuritySettings settings) {
		PasswordEncoder encoder = encoder(settings);
		List<UserDetails> users = new ArrayList<>();
		if (!settings.reader().user().isEmpty() && !settings.reader().password().isEmpty()) {
			users.add(user(settings.reader(), Role.READER, encoder));
		}
		users.add(user(orGenerated(settings.editor(), Role.EDITOR, settings.passwordFolder()), Role.EDITOR, encoder));
		users.add(user(orGenerated(settings.admin(), Role.ADMIN, settings.passwordFolder()), Role.ADMIN, encoder));
		users.stream().map(UserDetails::getUsername).filter(name -> users.stream()
			.filter(other -> other.getUsername().equals(name)).count() > 1).findFirst().ifPresent(name -> {
				throw new IllegalArgumentException("entente.security: two accounts are named '" + name
						+ "'; the reader, editor and admin accounts need names of their own");
			});
		return new InMemoryUserDetailsManager(users);
	}

	private static SecuritySettings.Account orGenerated(SecuritySettings.Account account, Role role, Path folder) {
		if (!account.password().isEmpty()) {
			return account;
		}
		String user = account.user().isEmpty() ? role.name().toLowerCase(Locale.ROOT) : account.user();
		Path file = folder.resolve(user + "-password");
		String password = GeneratedPassword.in(file);
		log.info("No password is set for the " + role.name().toLowerCase(Locale.ROOT) + " account '" + user
				+ "' (ENTENTE_" + role.name() + "_PASSWORD): its generated password is in " + file.toAbsolutePath()
				+ ", readable by you only.");
		return new SecuritySettings.Account(user, password);
	}

	private static UserDetails user(SecuritySettings.Account account, Role role, PasswordEncoder encoder) {
		String password = account.password().startsWith("{") ? account.password() : encoder.encode(account.password());
		return User.withUsername(account.user()).password(password).roles(role.name()).build();
	}

}
