package org.cjmstudio.model.templates;

/** A template could not create its map; the message names the template, its plugin and the reason. */
public final class TemplateFailedException extends Exception {

	private static final long serialVersionUID = 1L;

	TemplateFailedException(String message, Throwable cause) {
		super(message, cause);
	}
}
