package org.entente;

import java.lang.management.ManagementFactory;

import com.sun.management.HotSpotDiagnosticMXBean;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Warns when the JVM was started without {@code -XX:+ExitOnOutOfMemoryError}: then an OutOfMemoryError kills only the
 * thread it hits (once Tomcat's acceptor, once Neo4j's scheduler) and leaves a server that seems up but is not.
 * {@code ./mvnw spring-boot:run} and the container image set it; {@code java -jar} should too.
 */
@Component
class OutOfMemoryPolicy {

	private static final Log log = LogFactory.getLog(OutOfMemoryPolicy.class);

	@EventListener(ApplicationReadyEvent.class)
	void warnIfTheProcessWouldOutliveAnOutOfMemoryError() {
		HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
		if (hotSpot != null && !Boolean.parseBoolean(hotSpot.getVMOption("ExitOnOutOfMemoryError").getValue())) {
			log.warn("The JVM runs without -XX:+ExitOnOutOfMemoryError: an out-of-memory error would leave the server "
					+ "half alive. Start it with java -XX:+ExitOnOutOfMemoryError -jar entente.jar.");
		}
	}

}
