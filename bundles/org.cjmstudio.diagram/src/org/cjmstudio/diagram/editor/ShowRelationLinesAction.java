package org.cjmstudio.diagram.editor;

import org.eclipse.jface.action.Action;

/**
 * Relation Lines: switches the lines between opportunities and the barriers and metrics they relate to on and off.
 * A check box in the editor's context menu and toolbar.
 */
public final class ShowRelationLinesAction extends Action {

	public static final String ID = "org.cjmstudio.diagram.showRelationLines";

	private final RelationLines lines;

	ShowRelationLinesAction(RelationLines lines) {
		super("Relation &Lines", AS_CHECK_BOX);
		this.lines = lines;
		setId(ID);
		setToolTipText("Draw lines from each opportunity to the barriers it addresses and the metrics that measure it");
		setChecked(lines.isShown());
		lines.whenRefreshed(() -> setChecked(lines.isShown()));
	}

	/**
	 * Toggles from the editor's own state, not from {@link #isChecked()}: the toolbar's button is a retarget action
	 * that does not flip this action's check mark before it runs it.
	 */
	@Override
	public void run() {
		lines.setShown(!lines.isShown());
	}
}
