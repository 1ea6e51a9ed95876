package org.entente.neo4j;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.exceptions.KernelException;
import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.neo4j.procedure.Procedure;
import org.neo4j.procedure.UserAggregationFunction;
import org.neo4j.procedure.UserFunction;

import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.util.ClassUtils;

/**
 * Registers APOC and GDS with the in-process server. In-process, Neo4j does not pick procedures up from the
 * classpath, so the classes that declare them are found by reading class metadata (no class is loaded unless it
 * declares a procedure or function) and handed to Neo4j's registry once the DBMS runs.
 */
final class Plugins {

	private static final Log log = LogFactory.getLog(Plugins.class);

	private static final List<String> PACKAGES = List.of("apoc", "org.neo4j.gds");

	/** The classpath does not change while the JVM runs: a second server in it (the tests start several) reuses the scan. */
	private static List<AnnotationMetadata> found;

	private Plugins() {
	}

	static void register(GlobalProcedures registry) {
		found().forEach(metadata -> register(registry, metadata));
	}

	private static synchronized List<AnnotationMetadata> found() {
		if (found == null) {
			var scanner = new ClassPathScanningCandidateComponentProvider(false);
			scanner.addIncludeFilter((reader, factory) -> declaresAny(reader.getAnnotationMetadata()));
			long started = System.nanoTime();
			List<AnnotationMetadata> classes = new ArrayList<>();
			for (String pkg : PACKAGES) {
				for (BeanDefinition candidate : scanner.findCandidateComponents(pkg)) {
					classes.add(((AnnotatedBeanDefinition) candidate).getMetadata());
				}
			}
			log.info("Found %d APOC and GDS procedure classes in %d ms".formatted(classes.size(),
					(System.nanoTime() - started) / 1_000_000));
			found = List.copyOf(classes);
		}
		return found;
	}

	private static boolean declaresAny(AnnotationMetadata metadata) {
		return metadata.hasAnnotatedMethods(Procedure.class.getName())
				|| metadata.hasAnnotatedMethods(UserFunction.class.getName())
				|| metadata.hasAnnotatedMethods(UserAggregationFunction.class.getName());
	}

	private static void register(GlobalProcedures registry, AnnotationMetadata metadata) {
		String className = metadata.getClassName();
		try {
			Class<?> type = ClassUtils.forName(className, Plugins.class.getClassLoader());
			type.getDeclaredMethods(); // fails here, not inside Neo4j, when a plugin class lacks a library
			if (metadata.hasAnnotatedMethods(Procedure.class.getName())) {
				registry.registerProcedure(type);
			}
			if (metadata.hasAnnotatedMethods(UserFunction.class.getName())) {
				registry.registerFunction(type);
			}
			if (metadata.hasAnnotatedMethods(UserAggregationFunction.class.getName())) {
				registry.registerAggregationFunction(type);
			}
		}
		catch (KernelException ex) {
			throw new IllegalStateException("Neo4j refused the plugin class " + className + ": " + ex.getMessage(), ex);
		}
		catch (ClassNotFoundException | LinkageError ex) {
			// Optional parts of a plugin (APOC's Arrow support, say) need libraries we do not ship.
			log.debug("Skipping " + className + ": " + ex);
		}
	}

}
