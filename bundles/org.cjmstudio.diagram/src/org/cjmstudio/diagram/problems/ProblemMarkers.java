package org.cjmstudio.diagram.problems;

import org.cjmstudio.model.Identifiable;
import org.cjmstudio.model.validation.ElementLabels;
import org.cjmstudio.model.validation.Findings;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;

/**
 * Mirrors a map's validation result as Problems-view markers on its workspace file. Each marker carries the element's
 * id, so double-clicking it selects the card in the editor.
 */
public final class ProblemMarkers {

	/** Our marker type, a persistent subtype of the platform's problem marker (see plugin.xml). */
	public static final String TYPE = "org.cjmstudio.diagram.problem";
	/** Marker attribute holding the UUID of the element the problem is about. */
	public static final String ELEMENT_ID = "elementId";
	/** Marker attribute holding the validation rule id, when a CX rule reported the problem. */
	public static final String RULE_ID = "ruleId";

	private ProblemMarkers() {
	}

	/** Replaces the file's CJM markers with one per problem in {@code validation}, in one workspace operation. */
	public static void update(IFile file, Diagnostic validation) {
		if (file == null || !file.exists()) {
			return;
		}
		IWorkspace workspace = file.getWorkspace();
		try {
			workspace.run(monitor -> {
				file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
				for (Diagnostic problem : validation.getChildren()) {
					if (problem.getSeverity() >= Diagnostic.WARNING) {
						create(file, problem);
					}
				}
			}, file, IWorkspace.AVOID_UPDATE, null);
		} catch (CoreException e) {
			ILog.of(ProblemMarkers.class).error("Could not update the problem markers of " + file.getFullPath(), e);
		}
	}

	private static void create(IFile file, Diagnostic problem) throws CoreException {
		IMarker marker = file.createMarker(TYPE);
		marker.setAttribute(IMarker.MESSAGE, problem.getMessage());
		marker.setAttribute(IMarker.SEVERITY,
				problem.getSeverity() == Diagnostic.ERROR ? IMarker.SEVERITY_ERROR : IMarker.SEVERITY_WARNING);
		if (!problem.getData().isEmpty() && problem.getData().get(0) instanceof EObject element) {
			marker.setAttribute(IMarker.LOCATION, ElementLabels.describeWithStage(element));
			if (element instanceof Identifiable identifiable) {
				marker.setAttribute(ELEMENT_ID, identifiable.getId());
			}
		}
		String ruleId = Findings.ruleIdOf(problem);
		if (ruleId != null) {
			marker.setAttribute(RULE_ID, ruleId);
		}
	}
}
