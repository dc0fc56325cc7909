package org.cjmstudio.research.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cjmstudio.diagram.editor.JourneyMapEditor;
import org.cjmstudio.diagram.evidence.LinkEvidenceAction;
import org.cjmstudio.diagram.figures.StageColumnFigure;
import org.cjmstudio.diagram.layout.Lane;
import org.cjmstudio.diagram.palette.JourneyMapPaletteFactory;
import org.cjmstudio.model.Stage;
import org.cjmstudio.testing.CheckboxTrees;
import org.cjmstudio.testing.Screenshots;
import org.cjmstudio.testing.Widgets;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.palette.CombinedTemplateCreationEntry;
import org.eclipse.gef.palette.PaletteContainer;
import org.eclipse.gef.requests.CreateRequest;
import org.eclipse.gef.requests.CreationFactory;
import org.eclipse.gef.tools.CreationTool;
import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/**
 * The journey map editor as the end-to-end story uses it: palette drops into a stage's lane (the request GEF's
 * creation tool sends on a mouse release there), and Link Evidence... on a card, answered by ticking rows.
 */
final class MapCanvas {

	private final JourneyMapEditor editor;

	MapCanvas(JourneyMapEditor editor) {
		this.editor = editor;
	}

	/** Drops the palette entry {@code label} into {@code lane} of {@code stage}; returns what it created. */
	Object drop(String label, Stage stage, Lane lane) {
		return drop(label, stage, pointIn(stage, lane));
	}

	/** Drops a new emotion at the height of {@code valence} in the stage's emotion lane. */
	Object dropEmotion(Stage stage, int valence) {
		StageColumnFigure column = column(stage);
		Rectangle bounds = column.laneBounds(Lane.EMOTIONS);
		for (int y = bounds.y; y < bounds.bottom(); y++) {
			Point point = new Point(bounds.x + 20, y);
			if (column.valenceAt(point) == valence) {
				Point middle = new Point(point.x, y + 3);
				column.translateToAbsolute(middle);
				return drop("Emotion", stage, middle);
			}
		}
		throw new AssertionError("no height for valence " + valence);
	}

	private Object drop(String label, Stage stage, Point where) {
		CreateRequest create = new CreateRequest();
		create.setFactory(paletteFactory(label));
		create.setLocation(where);
		Command command = partOf(stage).getCommand(create);
		assertNotNull(command, label + " refused in " + stage.getName());
		editor.getGraphicalViewer().getEditDomain().getCommandStack().execute(command);
		settle();
		return create.getNewObject();
	}

	/**
	 * Selects {@code element}'s card or chip, runs Link Evidence... and ticks every row whose label starts with one
	 * of {@code rows}, then OK.
	 */
	void linkEvidence(Object element, String... rows) {
		Widgets.ExpectedDialog dialog = Widgets.whenShown(editor.getSite().getShell().getDisplay(), "Link Evidence",
				shell -> {
					Tree tree = Widgets.all(shell, Tree.class).get(0);
					for (String row : rows) {
						TreeItem item = CheckboxTrees.item(tree, row);
						CheckboxTrees.tick(tree, item, true);
						assertTrue(item.getChecked(), item.getText());
					}
					Widgets.click(Widgets.button(shell, "OK"));
				});
		editor.getGraphicalViewer().setSelection(new StructuredSelection(partOf(element)));
		settle();
		((ActionRegistry) editor.getAdapter(ActionRegistry.class)).getAction(LinkEvidenceAction.ID).run();
		dialog.assertHandled();
		settle();
	}

	void settle() {
		Screenshots.settle(editor.getSite().getShell().getDisplay());
		editor.getGraphicalViewer().flush();
	}

	Shell shell() {
		return editor.getSite().getShell();
	}

	private Point pointIn(Stage stage, Lane lane) {
		StageColumnFigure column = column(stage);
		Rectangle bounds = column.laneBounds(lane).getCopy();
		column.translateToAbsolute(bounds);
		return bounds.getCenter();
	}

	private StageColumnFigure column(Stage stage) {
		return (StageColumnFigure) partOf(stage).getFigure();
	}

	private GraphicalEditPart partOf(Object element) {
		Object part = editor.getGraphicalViewer().getEditPartRegistry().get(element);
		assertNotNull(part, "no edit part for " + element);
		return (GraphicalEditPart) part;
	}

	private static CreationFactory paletteFactory(String label) {
		for (Object drawer : JourneyMapPaletteFactory.create().getChildren()) {
			for (Object entry : ((PaletteContainer) drawer).getChildren()) {
				if (entry instanceof CombinedTemplateCreationEntry tool && label.equals(tool.getLabel())) {
					return (CreationFactory) tool.getToolProperty(CreationTool.PROPERTY_CREATION_FACTORY);
				}
			}
		}
		throw new AssertionError("no palette entry " + label);
	}
}
