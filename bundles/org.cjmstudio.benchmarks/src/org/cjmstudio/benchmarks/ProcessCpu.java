package org.cjmstudio.benchmarks;

import java.lang.management.ManagementFactory;

import javax.management.ObjectName;

/**
 * The CPU time this JVM has used, on all its threads (garbage collection and the JIT compiler included). Unlike the
 * wall clock it hardly grows when other processes share the cores, so figures taken on a busy machine still compare.
 * Read through JMX, not {@code com.sun.management}, which an OSGi bundle cannot import.
 */
final class ProcessCpu {

	private ProcessCpu() {
	}

	/** Nanoseconds of CPU used so far, or -1 where the JVM does not say. */
	static long nanos() {
		try {
			Object value = ManagementFactory.getPlatformMBeanServer()
					.getAttribute(new ObjectName("java.lang:type=OperatingSystem"), "ProcessCpuTime");
			return value instanceof Long nanos ? nanos : -1;
		} catch (Exception notThere) {
			return -1;
		}
	}
}
