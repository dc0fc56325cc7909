package org.cjmstudio.benchmarks;

import java.io.OutputStream;

/**
 * Where the exports write during the RDF benchmark: counts the bytes and drops them, so the figures are the
 * writers' cost alone, not a disk's. Both sides of every comparison write into one of these.
 */
class CountingOutputStream extends OutputStream {

	private long bytes;

	long bytes() {
		return bytes;
	}

	@Override
	public void write(int b) {
		bytes++;
		afterWrite();
	}

	@Override
	public void write(byte[] b, int off, int len) {
		bytes += len;
		afterWrite();
	}

	/** Called after every write; {@link LiveHeapProbe} looks at the heap here. */
	void afterWrite() {
	}
}
