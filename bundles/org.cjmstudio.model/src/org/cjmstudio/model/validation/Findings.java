package org.cjmstudio.model.validation;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;

/**
 * Where a rule reports what it found. Each finding becomes an EMF {@link Diagnostic} whose data holds the element
 * (first) and the rule id (second), so the Problems view and the command line can point at the element.
 */
public final class Findings {

	/** The diagnostic source of every rule finding. */
	public static final String SOURCE = "org.cjmstudio.model.validation";

	private final DiagnosticChain diagnostics;
	private final String ruleId;
	private boolean anyError;

	Findings(DiagnosticChain diagnostics, String ruleId) {
		this.diagnostics = diagnostics;
		this.ruleId = ruleId;
	}

	public void warning(EObject element, String message) {
		add(Diagnostic.WARNING, element, message);
	}

	public void error(EObject element, String message) {
		anyError = true;
		add(Diagnostic.ERROR, element, message);
	}

	boolean anyError() {
		return anyError;
	}

	private void add(int severity, EObject element, String message) {
		if (diagnostics != null) {
			diagnostics.add(new BasicDiagnostic(severity, SOURCE, 0, message, new Object[] { element, ruleId }));
		}
	}

	/** The rule that reported {@code diagnostic}, or null if it came from elsewhere (e.g. EMF's own checks). */
	public static String ruleIdOf(Diagnostic diagnostic) {
		return SOURCE.equals(diagnostic.getSource()) && diagnostic.getData().size() > 1
				? (String) diagnostic.getData().get(1)
				: null;
	}
}
