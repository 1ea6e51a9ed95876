package org.entente;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints how long the whole suite took and how many tests ran, at its end: the figure kept under five minutes.
 * Registered in META-INF/services, so every run of the suite reports it.
 */
public class SuiteTime implements TestExecutionListener {

	private final AtomicLong tests = new AtomicLong();

	private long started;

	@Override
	public void testPlanExecutionStarted(TestPlan plan) {
		this.started = System.nanoTime();
	}

	@Override
	public void executionFinished(TestIdentifier test, TestExecutionResult result) {
		if (test.isTest()) {
			this.tests.incrementAndGet();
		}
	}

	@Override
	public void testPlanExecutionFinished(TestPlan plan) {
		Duration took = Duration.ofNanos(System.nanoTime() - this.started);
		System.out.printf("%nSuite: %d tests in %dm%02ds%n", this.tests.get(), took.toMinutes(), took.toSecondsPart());
	}

}
