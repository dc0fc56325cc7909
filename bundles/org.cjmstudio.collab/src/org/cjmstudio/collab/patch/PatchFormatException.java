package org.cjmstudio.collab.patch;

/** A patch that is not well-formed RDF Patch text or does not stay in its map's graph; the message says why. */
public final class PatchFormatException extends Exception {

	private static final long serialVersionUID = 1L;

	public PatchFormatException(String message) {
		super(message);
	}
}
