package org.cjmstudio.diagram.problems;

import java.util.Arrays;
import java.util.List;

import org.cjmstudio.model.Identifiable;
import org.cjmstudio.model.validation.ElementLabels;
import org.cjmstudio.model.validation.Findings;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;

/**
 * Mirrors a map's validation result as Problems-view markers on its workspace file. Each marker carries the element's
 * id, so double-clicking it selects the card in the editor. A live map (a team map) has no workspace file: its
 * markers are on the workspace root, name the map, and go when its editor closes.
 */
public final class ProblemMarkers {

	/** Our marker type, a persistent subtype of the platform's problem marker (see plugin.xml). */
	public static final String TYPE = "org.cjmstudio.diagram.problem";
	/** Marker attribute holding the UUID of the element the problem is about. */
	public static final String ELEMENT_ID = "elementId";
	/** Marker attribute holding the validation rule id, when a CX rule reported the problem. */
	public static final String RULE_ID = "ruleId";
	/** The marker type of a live map's problems: on the workspace root, not kept across restarts (see plugin.xml). */
	public static final String LIVE_TYPE = "org.cjmstudio.diagram.liveProblem";
	/** Marker attribute of {@link #LIVE_TYPE} naming the live map the problem is in (the key its editor gave). */
	public static final String LIVE_MAP = "liveMap";

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
						create(file.createMarker(TYPE), problem, null);
					}
				}
			}, file, IWorkspace.AVOID_UPDATE, null);
		} catch (CoreException e) {
			ILog.of(ProblemMarkers.class).error("Could not update the problem markers of " + file.getFullPath(), e);
		}
	}

	/**
	 * Replaces the markers of the live map {@code mapKey} with one per problem in {@code validation}, each located as
	 * "{@code mapName}: Barrier '...' in stage '...'".
	 */
	public static void updateLive(String mapKey, String mapName, Diagnostic validation) {
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		try {
			root.getWorkspace().run(monitor -> {
				deleteLive(root, mapKey);
				for (Diagnostic problem : validation.getChildren()) {
					if (problem.getSeverity() >= Diagnostic.WARNING) {
						IMarker marker = root.createMarker(LIVE_TYPE);
						marker.setAttribute(LIVE_MAP, mapKey);
						create(marker, problem, mapName);
					}
				}
			}, root.getWorkspace().getRuleFactory().markerRule(root), IWorkspace.AVOID_UPDATE, null);
		} catch (CoreException e) {
			ILog.of(ProblemMarkers.class).error("Could not update the problem markers of the map " + mapName, e);
		}
	}

	/** Removes the markers of the live map {@code mapKey} (its editor closes). */
	public static void removeLive(String mapKey) {
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		try {
			root.getWorkspace().run(monitor -> deleteLive(root, mapKey),
					root.getWorkspace().getRuleFactory().markerRule(root), IWorkspace.AVOID_UPDATE, null);
		} catch (CoreException e) {
			ILog.of(ProblemMarkers.class).error("Could not remove the problem markers of the map " + mapKey, e);
		}
	}

	/** The markers of the live map {@code mapKey} now. */
	public static List<IMarker> ofLive(String mapKey) throws CoreException {
		return Arrays.stream(ResourcesPlugin.getWorkspace().getRoot().findMarkers(LIVE_TYPE, false,
				IResource.DEPTH_ZERO)).filter(marker -> mapKey.equals(marker.getAttribute(LIVE_MAP, null))).toList();
	}

	private static void deleteLive(IWorkspaceRoot root, String mapKey) throws CoreException {
		for (IMarker marker : root.findMarkers(LIVE_TYPE, false, IResource.DEPTH_ZERO)) {
			if (mapKey.equals(marker.getAttribute(LIVE_MAP, null))) {
				marker.delete();
			}
		}
	}

	/** {@code mapName} names the map in the location, for markers not on the map's file (null for those). */
	private static void create(IMarker marker, Diagnostic problem, String mapName) throws CoreException {
		marker.setAttribute(IMarker.MESSAGE, problem.getMessage());
		marker.setAttribute(IMarker.SEVERITY,
				problem.getSeverity() == Diagnostic.ERROR ? IMarker.SEVERITY_ERROR : IMarker.SEVERITY_WARNING);
		String location = mapName;
		if (!problem.getData().isEmpty() && problem.getData().get(0) instanceof EObject element) {
			String where = ElementLabels.describeWithStage(element);
			location = mapName == null ? where : mapName + ": " + where;
			if (element instanceof Identifiable identifiable) {
				marker.setAttribute(ELEMENT_ID, identifiable.getId());
			}
		}
		if (location != null) {
			marker.setAttribute(IMarker.LOCATION, location);
		}
		String ruleId = Findings.ruleIdOf(problem);
		if (ruleId != null) {
			marker.setAttribute(RULE_ID, ruleId);
		}
	}
}
