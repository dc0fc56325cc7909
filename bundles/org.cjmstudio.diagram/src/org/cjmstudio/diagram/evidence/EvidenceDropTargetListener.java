package org.cjmstudio.diagram.evidence;

import java.util.List;

import org.cjmstudio.diagram.policies.DropRefusals;
import org.cjmstudio.model.Evidence;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPartViewer;
import org.eclipse.gef.Request;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.dnd.AbstractTransferDropTargetListener;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.TransferData;

/**
 * Takes research dragged from a view (the Research view puts the dragged studies, interviews, quotes, insights and
 * data sources into JFace's {@link LocalSelectionTransfer}) and drops it on the card under the pointer, which cites it
 * in one undoable command. A drop the card cannot take gets the "not allowed" cursor and the reason in the status
 * line, as palette drops do. Other local selections (files from the Project Explorer) are left to other targets.
 */
public final class EvidenceDropTargetListener extends AbstractTransferDropTargetListener {

	public EvidenceDropTargetListener(EditPartViewer viewer) {
		super(viewer, LocalSelectionTransfer.getTransfer());
	}

	/**
	 * Takes every drag of research, also over a card that cannot cite it: GEF's own test would leave such a drag to
	 * no one, and the analyst would get no reason.
	 */
	@Override
	public boolean isEnabled(DropTargetEvent event) {
		if (dragged().isEmpty()) {
			return false;
		}
		for (TransferData type : event.dataTypes) {
			if (getTransfer().isSupportedType(type)) {
				setCurrentEvent(event);
				event.currentDataType = type;
				return true;
			}
		}
		return false;
	}

	@Override
	protected Request createTargetRequest() {
		return new CiteEvidenceRequest();
	}

	@Override
	protected void updateTargetRequest() {
		CiteEvidenceRequest request = (CiteEvidenceRequest) getTargetRequest();
		request.setLocation(getDropLocation());
		request.setEvidence(dragged());
	}

	@Override
	protected void handleDragOver() {
		super.handleDragOver();
		decide();
	}

	@Override
	protected void handleDragOperationChanged() {
		super.handleDragOperationChanged();
		decide();
	}

	@Override
	protected void handleDrop() {
		updateTargetRequest();
		updateTargetEditPart();
		if (decide()) {
			getViewer().getEditDomain().getCommandStack().execute(getCommand());
		}
	}

	/** Sets the operation the cursor shows and says why a drop here is refused; true when it is taken. */
	private boolean decide() {
		Command command = getTargetEditPart() == null ? null : getCommand();
		boolean taken = command != null && command.canExecute();
		getCurrentEvent().detail = taken ? operation(getCurrentEvent().operations) : DND.DROP_NONE;
		EditPart contents = getViewer().getContents();
		if (taken) {
			DropRefusals.clear(contents);
		} else {
			DropRefusals.explain(contents, EvidenceDrops.refusal(elementUnderPointer(), dragged()));
		}
		return taken;
	}

	/** Citing is linking; a source that offers only copying gets a copy cursor, never a move. */
	private static int operation(int offered) {
		if ((offered & DND.DROP_LINK) != 0) {
			return DND.DROP_LINK;
		}
		return (offered & DND.DROP_COPY) != 0 ? DND.DROP_COPY : DND.DROP_NONE;
	}

	private EObject elementUnderPointer() {
		if (getTargetEditPart() != null && getTargetEditPart().getModel() instanceof EObject target) {
			return target;
		}
		EditPart under = getViewer().findObjectAt(getDropLocation());
		return under != null && under.getModel() instanceof EObject element ? element : null;
	}

	/** The research being dragged; empty when the drag carries anything else. */
	static List<Evidence> dragged() {
		ISelection selection = LocalSelectionTransfer.getTransfer().getSelection();
		if (selection instanceof IStructuredSelection structured && !structured.isEmpty()
				&& structured.toList().stream().allMatch(Evidence.class::isInstance)) {
			return structured.toList().stream().map(Evidence.class::cast).toList();
		}
		return List.of();
	}
}
