package org.cjmstudio.research.ui.dnd;

import java.util.List;

import org.cjmstudio.model.Evidence;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;

/**
 * Lets evidence be dragged out of the Research view, e.g. a quote onto a barrier card to cite it.
 * <p>
 * The contract with drop targets (the map editor's cards): the transfer is JFace's {@link LocalSelectionTransfer}
 * and its selection is an {@link IStructuredSelection} of the dragged model elements themselves — {@code Quote},
 * {@code Insight}, {@code Interview}, {@code ResearchStudy}, {@code DataSource} EObjects of the map on show, never
 * tree items or folder rows. The operations offered are {@link DND#DROP_LINK} (cite it) and {@link DND#DROP_COPY};
 * nothing is ever moved out of the research, so the source does nothing when the drag ends except clear the
 * transfer. A drop target reads {@code LocalSelectionTransfer.getTransfer().getSelection()} in its {@code drop}.
 */
public final class EvidenceDragSource extends DragSourceAdapter {

	/** The operations a drop target may choose from. */
	public static final int OPERATIONS = DND.DROP_LINK | DND.DROP_COPY;

	private final StructuredViewer viewer;

	public EvidenceDragSource(StructuredViewer viewer) {
		this.viewer = viewer;
	}

	public void attach() {
		viewer.addDragSupport(OPERATIONS, new Transfer[] { LocalSelectionTransfer.getTransfer() }, this);
	}

	/** The dragged evidence: the selection without the Insights / Data sources folders. */
	public static IStructuredSelection evidenceIn(IStructuredSelection selection) {
		List<?> evidence = selection.toList().stream().filter(Evidence.class::isInstance).toList();
		return new StructuredSelection(evidence);
	}

	@Override
	public void dragStart(DragSourceEvent event) {
		event.doit = begin(event.time & 0xFFFFFFFFL);
	}

	/**
	 * Puts the selected evidence on the transfer; {@code false} (no drag) when only folders are selected. Separate
	 * from {@link #dragStart} so tests can check the payload without a native drag.
	 */
	public boolean begin(long time) {
		IStructuredSelection evidence = evidenceIn(viewer.getStructuredSelection());
		if (evidence.isEmpty()) {
			return false;
		}
		LocalSelectionTransfer.getTransfer().setSelection(evidence);
		LocalSelectionTransfer.getTransfer().setSelectionSetTime(time);
		return true;
	}

	@Override
	public void dragSetData(DragSourceEvent event) {
		if (LocalSelectionTransfer.getTransfer().isSupportedType(event.dataType)) {
			event.data = LocalSelectionTransfer.getTransfer().getSelection();
		}
	}

	@Override
	public void dragFinished(DragSourceEvent event) {
		end();
	}

	/** Clears the transfer once the drag is over, dropped or not. */
	public void end() {
		LocalSelectionTransfer.getTransfer().setSelection(null);
		LocalSelectionTransfer.getTransfer().setSelectionSetTime(0);
	}
}
