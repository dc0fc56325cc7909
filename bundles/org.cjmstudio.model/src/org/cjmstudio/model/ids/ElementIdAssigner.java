package org.cjmstudio.model.ids;

import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentAdapter;

/**
 * Watches a map (or its resource) and gives every element that joins it an id at once, so elements created by the
 * editor's commands, by the generated child-creation descriptors or by an import are identifiable before the map is
 * ever saved. Undo removes such an element and redo brings it back with the same id.
 * <p>
 * An {@link EContentAdapter} attaches itself to each element added anywhere below its target, calling
 * {@link #setTarget(EObject)} for it: that is the one place ids are given.
 */
public final class ElementIdAssigner extends EContentAdapter {

	/** Attaches an assigner to {@code target} (a resource, resource set or element) and ids what is already there. */
	public static ElementIdAssigner install(Notifier target) {
		ElementIdAssigner assigner = new ElementIdAssigner();
		target.eAdapters().add(assigner);
		return assigner;
	}

	@Override
	protected void setTarget(EObject target) {
		ElementIds.assignIfMissing(target);
		super.setTarget(target);
	}
}
