package org.cjmstudio.model.contributions;

/**
 * What a contribution did wrong when it threw nothing itself (it ran too long, it calls itself by another name), in
 * words for the user: {@link SwitchedOff} shows the message alone, not an exception's class name.
 */
public class Misbehaviour extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public Misbehaviour(String message) {
		super(message);
	}
}
