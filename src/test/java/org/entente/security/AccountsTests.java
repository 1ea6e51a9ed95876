package org.entente.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Accounts from the settings, and the passwords generated when the settings give none. */
class AccountsTests {

	private static final SecuritySettings.Account NONE = new SecuritySettings.Account("", "");

	private final PasswordEncoder passwords = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	@Test
	void passwordsAreHashedAtTheSettingsStrength() {
		InMemoryUserDetailsManager accounts = Accounts.from(settings(NONE, new SecuritySettings.Account("ed", "ed-secret"),
				new SecuritySettings.Account("root", "root-secret")));

		assertThat(accounts.loadUserByUsername("ed").getPassword()).startsWith("{bcrypt}$2a$04$");
	}

	@TempDir
	Path folder;

	@Test
	void withNoPasswordSetTheEditorAndAdministratorGetGeneratedOnesOnlyTheirOwnerMayRead() throws IOException {
		InMemoryUserDetailsManager accounts = Accounts.from(settings(NONE, new SecuritySettings.Account("editor", ""),
				new SecuritySettings.Account("admin", "")));

		for (String user : List.of("editor", "admin")) {
			Path file = this.folder.resolve(user + "-password");
			String password = Files.readString(file).strip();
			assertThat(password).hasSizeGreaterThanOrEqualTo(20);
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
			assertThat(this.passwords.matches(password, accounts.loadUserByUsername(user).getPassword())).isTrue();
		}
		assertThat(accounts.userExists("reader")).isFalse();
	}

	@Test
	void aGeneratedPasswordStaysTheSameAtTheNextStart() throws IOException {
		Accounts.from(settings(NONE, NONE, NONE));
		String first = Files.readString(this.folder.resolve("editor-password"));

		UserDetails again = Accounts.from(settings(NONE, NONE, NONE)).loadUserByUsername("editor");

		assertThat(Files.readString(this.folder.resolve("editor-password"))).isEqualTo(first);
		assertThat(this.passwords.matches(first.strip(), again.getPassword())).isTrue();
	}

	@Test
	void aPasswordFromTheSettingsIsHeldHashedAndAHashIsTakenAsIs() {
		String hash = this.passwords.encode("chosen-by-the-admin");
		InMemoryUserDetailsManager accounts = Accounts.from(settings(new SecuritySettings.Account("ann", "ann-secret"),
				new SecuritySettings.Account("ed", "ed-secret"), new SecuritySettings.Account("root", hash)));

		assertThat(accounts.loadUserByUsername("ed").getPassword()).startsWith("{bcrypt}").doesNotContain("ed-secret");
		assertThat(this.passwords.matches("chosen-by-the-admin", accounts.loadUserByUsername("root").getPassword()))
			.isTrue();
		assertThat(accounts.loadUserByUsername("ann").getAuthorities()).extracting(Object::toString)
			.containsExactly("ROLE_READER");
		assertThat(Files.exists(this.folder.resolve("ed-password"))).isFalse();
	}

	@Test
	void twoAccountsWithOneNameAreRefusedAtStart() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Accounts.from(settings(NONE, new SecuritySettings.Account("ann", "a-secret"),
					new SecuritySettings.Account("ann", "b-secret"))))
			.withMessageContaining("'ann'");
	}

	private SecuritySettings settings(SecuritySettings.Account reader, SecuritySettings.Account editor,
			SecuritySettings.Account admin) {
		return new SecuritySettings(true, List.of("localhost"), this.folder, reader, editor, admin, 4);
	}

}
