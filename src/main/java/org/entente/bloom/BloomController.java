package org.entente.bloom;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The Bloom perspective to download and import in Bloom (Perspectives, Import). */
@RestController
class BloomController {

	static final String FILE_NAME = "entente.bloom-perspective";

	private final BloomPerspective perspective;

	BloomController(BloomPerspective perspective) {
		this.perspective = perspective;
	}

	@GetMapping("/bloom/" + FILE_NAME)
	ResponseEntity<String> perspective() {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(FILE_NAME).build().toString())
			.body(this.perspective.generate());
	}

}
