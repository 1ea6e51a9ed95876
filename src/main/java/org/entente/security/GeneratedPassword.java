package org.entente.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A password made at first start when the settings give none, kept in a file only its owner may read (as Jenkins
 * keeps its first administrator's), and read back at every later start so it stays the same. The embedded Neo4j
 * keeps its password so too.
 */
public final class GeneratedPassword {

	private static final SecureRandom random = new SecureRandom();

	private GeneratedPassword() {
	}

	/** The password in {@code file}, made and written first if the file does not exist. */
	public static String in(Path file) {
		try {
			if (!Files.exists(file)) {
				write(file, newPassword());
			}
			return Files.readString(file, StandardCharsets.UTF_8).strip();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot keep a generated password in " + file.toAbsolutePath(), ex);
		}
	}

	private static String newPassword() {
		byte[] bytes = new byte[18];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static void write(Path file, String password) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		try {
			if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
				Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			}
			else {
				Files.createFile(file);
			}
		}
		catch (FileAlreadyExistsException ex) {
			return; // another start made it first
		}
		Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
	}

}
