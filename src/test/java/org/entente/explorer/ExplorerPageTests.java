package org.entente.explorer;

import org.entente.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The explorer's files are served by the app itself; these checks need no browser. */
class ExplorerPageTests extends IntegrationTest {

	@Test
	void thePageIsServedAtTheRoot() {
		Response page = get("/");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.contentType()).startsWith("text/html");
		assertThat(page.body()).contains("<title>Entente · graph explorer</title>", "explorer.js", "explorer.css");
	}

	@Test
	void cytoscapeComesFromTheBundledWebJarWithoutAVersionInTheUrl() {
		Response script = get("/webjars/cytoscape/dist/cytoscape.min.js");

		assertThat(script.status()).isEqualTo(200);
		assertThat(script.contentType()).contains("javascript");
		assertThat(script.body()).contains("cytoscape");
	}

	@Test
	void echartsComesFromTheBundledWebJarToo() {
		Response script = get("/webjars/echarts/dist/echarts.min.js");

		assertThat(script.status()).isEqualTo(200);
		assertThat(script.contentType()).contains("javascript");
		assertThat(get("/").body()).contains("/webjars/echarts/dist/echarts.min.js", "pictures.js");
	}

	@Test
	void thePageLoadsNothingFromOutside() {
		assertThat(get("/").body()).doesNotContainPattern("(src|href)=\"(https?:)?//");
		assertThat(get("/explorer.js").body()).doesNotContainPattern("https?://");
		assertThat(get("/pictures.js").body()).doesNotContainPattern("https?://");
	}

}
