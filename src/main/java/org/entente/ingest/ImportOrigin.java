package org.entente.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who imports what, for the audit trail: the user (a REST login, or {@code cli:} and the OS user), the kind of
 * import, the file name if known and the SHA-256 of what was imported.
 */
record ImportOrigin(String user, String kind, String file, String sha256) {

	/** A REST import by the logged-in user. */
	static ImportOrigin rest(String kind, String file, String body) {
		Authentication login = SecurityContextHolder.getContext().getAuthentication();
		return new ImportOrigin(login != null ? login.getName() : null, kind, file, sha256(body));
	}

	/** A command-line import of a file, by the OS user who runs it; the file's bytes are hashed as a stream. */
	static ImportOrigin cli(Path file) throws IOException {
		return cli("cli", file);
	}

	/** A command-line import of a file of this kind (a format's name). */
	static ImportOrigin cli(String kind, Path file) throws IOException {
		return new ImportOrigin("cli:" + System.getProperty("user.name"), kind, file.getFileName().toString(), sha256(file));
	}

	/** A REST import by the logged-in user of a body kept in a file, hashed as a stream. */
	static ImportOrigin rest(String kind, String file, Path body) throws IOException {
		return new ImportOrigin(rest(kind, file, "").user(), kind, file, sha256(body));
	}

	private static String sha256(Path file) throws IOException {
		MessageDigest digest = digest();
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
			in.transferTo(OutputStream.nullOutputStream());
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	static String sha256(String text) {
		return HexFormat.of().formatHex(digest().digest(text.getBytes(StandardCharsets.UTF_8)));
	}

	private static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
