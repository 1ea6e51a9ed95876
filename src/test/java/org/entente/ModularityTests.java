package org.entente;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feature packages are Spring Modulith application modules: no cycles between them, each reached only through
 * its API. Imports and exports write facts without knowing who derives data from them.
 */
class ModularityTests {

	private static final ApplicationModules modules = ApplicationModules.of(EntenteApplication.class);

	@Test
	void modulesHaveNoCyclesAndUseOnlyEachOthersApi() {
		modules.verify();
	}

	@Test
	void importAndExportDoNotDependOnCooperation() {
		for (String name : new String[] { "ingest", "export" }) {
			ApplicationModule module = modules.getModuleByName(name).orElseThrow();

			assertThat(module.getDirectDependencies(modules).containsModuleNamed("cooperation")).as(name).isFalse();
		}
	}

	@Test
	void theCooperationModuleHearsOfImports() {
		ApplicationModule cooperation = modules.getModuleByName("cooperation").orElseThrow();

		assertThat(cooperation.getDirectDependencies(modules).containsModuleNamed("ingest")).isTrue();
	}

}
