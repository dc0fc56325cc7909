package org.cjmstudio.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.cjmstudio.diagram.commands.EmfCommand;
import org.cjmstudio.diagram.figures.PersonaChipFigure;
import org.cjmstudio.diagram.layout.Lane;
import org.cjmstudio.diagram.palette.JourneyMapPaletteFactory;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Persona;
import org.cjmstudio.model.persistence.MapFiles;
import org.cjmstudio.model.templates.JourneyMapTemplates;
import org.cjmstudio.persona.PersonaEditor;
import org.cjmstudio.samples.SampleMap;
import org.cjmstudio.testing.Menus;
import org.cjmstudio.testing.Screenshots;
import org.cjmstudio.testing.Widgets;
import org.cjmstudio.testing.WorkspaceMaps;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.draw2d.FigureUtilities;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.commands.CommandStack;
import org.eclipse.gef.palette.CombinedTemplateCreationEntry;
import org.eclipse.gef.palette.PaletteContainer;
import org.eclipse.gef.requests.ChangeBoundsRequest;
import org.eclipse.gef.requests.CreateRequest;
import org.eclipse.gef.requests.CreationFactory;
import org.eclipse.gef.tools.CreationTool;
import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A CX analyst gives a map its personas without touching a file: from the Edit menu of a brand-new map, the palette,
 * the persona band's context menu and the Outline's; duplicates one, reorders them, deletes one; every step is one
 * undo. Every persona shows in the band with its whole name.
 */
class PersonasInTheMapTest {

	private EditorDriver driver;

	@AfterEach
	void closeEverything() {
		IWorkbenchPage page = driver.editor.getSite().getPage();
		page.closeAllEditors(false);
	}

	@Test
	void aNewMapGetsItsFirstPersonaFromTheEditMenuAndItOpensInThePersonaEditor() throws Exception {
		driver = EditorDriver.open(newMap("first-persona", "Fresh map"));
		JourneyMap map = driver.editor.getMap();
		assertTrue(driver.grid().personaBand().showsHint(), "an empty band says how to add a persona");

		Shell window = driver.editor.getSite().getShell();
		Menu edit = Menus.ofMenuBar(window, "Edit");
		Menus.choose(Menus.item(edit, "Add Persona"));
		Menus.hide(edit);
		driver.settle();

		assertEquals(1, map.getPersonas().size());
		Persona added = map.getPersonas().get(0);
		assertEquals("New persona", added.getName());
		assertNotNull(added.getId(), "the persona gets its id when it joins the map");
		IEditorPart active = driver.editor.getSite().getPage().getActiveEditor();
		assertTrue(active instanceof PersonaEditor editor && editor.getPersona() == added, "active: " + active);
		assertFalse(driver.grid().personaBand().showsHint());
		assertEquals("New persona", chip(added).getName());
		Screenshots.capture(window, "persona-added-from-edit-menu.png");

		driver.editor.getSite().getPage().activate(driver.editor);
		commands().undo();
		driver.settle();
		assertTrue(map.getPersonas().isEmpty(), "one undo takes the persona away");
		assertTrue(driver.grid().personaBand().showsHint());
	}

	@Test
	void personasAreAddedDuplicatedReorderedAndDeletedInTheBand() throws Exception {
		driver = EditorDriver.open(WorkspaceMaps.copy(SampleMap.B2C_ONLINE_SHOP, "personas-in-band"));
		JourneyMap map = driver.editor.getMap();
		Persona lena = map.getPersonas().get(0);
		Persona jonas = map.getPersonas().get(1);

		// The palette's Persona tool, dropped on Jonas's chip: the new persona goes before him.
		CreateRequest create = new CreateRequest();
		create.setFactory(paletteFactory("Persona"));
		create.setLocation(leftEdgeOf(jonas));
		EditPart band = driver.partOf(jonas).getParent();
		assertEquals(band, band.getTargetEditPart(create), "the band takes new personas");
		driver.perform(band, create);
		assertEquals(3, map.getPersonas().size());
		Persona dropped = map.getPersonas().get(1);
		assertEquals("New persona", dropped.getName());
		assertEquals(List.of(lena, dropped, jonas), map.getPersonas());

		// Duplicate Persona from Lena's context menu: a copy right after her, citing the same evidence.
		select(lena);
		Menu menu = contextMenu();
		assertTrue(Menus.labels(menu).containsAll(List.of("Open Persona", "Add Persona", "Duplicate Persona",
				"Move Persona Right")), Menus.labels(menu).toString());
		assertFalse(Menus.labels(menu).contains("Move Persona Left"), "the first persona cannot move further left");
		Menus.choose(Menus.item(menu, "Duplicate Persona"));
		Menus.hide(menu);
		driver.settle();
		Persona copy = map.getPersonas().get(1);
		assertEquals(lena.getName() + " (copy)", copy.getName());
		assertEquals(lena.getEvidence(), copy.getEvidence());
		assertNotEquals(lena.getId(), copy.getId());
		assertTrue(driver.editor.getSite().getPage().getActiveEditor() instanceof PersonaEditor,
				"the copy opens in the persona editor");
		driver.editor.getSite().getPage().activate(driver.editor);

		// Move Persona Right on the copy, then drag Jonas's chip to the front.
		select(copy);
		menu = contextMenu();
		Menus.choose(Menus.item(menu, "Move Persona Right"));
		Menus.hide(menu);
		driver.settle();
		assertEquals(List.of(lena, dropped, copy, jonas), map.getPersonas());
		ChangeBoundsRequest drag = new ChangeBoundsRequest(RequestConstants.REQ_MOVE);
		drag.setEditParts(driver.partOf(jonas));
		drag.setLocation(leftEdgeOf(lena));
		driver.perform(driver.partOf(jonas), drag);
		assertEquals(List.of(jonas, lena, dropped, copy), map.getPersonas());
		assertEquals(map.getPersonas().stream().map(Persona::getName).toList(), chipNames(),
				"the band shows the personas in their new order");
		ChangeBoundsRequest dragBand = new ChangeBoundsRequest(RequestConstants.REQ_MOVE);
		dragBand.setEditParts(band);
		dragBand.setLocation(driver.pointIn(map.getStages().get(3), Lane.STEPS));
		Command bandMove = band.getCommand(dragBand);
		assertTrue(bandMove == null || !bandMove.canExecute(), "the band itself stays on top");

		// Delete the dropped one with the editor's Delete.
		select(dropped);
		((ActionRegistry) driver.editor.getAdapter(ActionRegistry.class)).getAction(ActionFactory.DELETE.getId()).run();
		driver.settle();
		assertEquals(List.of(jonas, lena, copy), map.getPersonas());

		// Each of the five gestures is one undo.
		for (int i = 0; i < 5; i++) {
			assertTrue(commands().canUndo(), "undo " + (i + 1));
			commands().undo();
		}
		driver.settle();
		assertEquals(List.of(lena, jonas), map.getPersonas());
		assertEquals(List.of(lena.getName(), jonas.getName()), chipNames());
	}

	@Test
	void theOutlineAddsMovesAndDeletesPersonas() throws Exception {
		driver = EditorDriver.open(WorkspaceMaps.copy(SampleMap.B2C_ONLINE_SHOP, "personas-in-outline"));
		JourneyMap map = driver.editor.getMap();
		Persona lena = map.getPersonas().get(0);
		Persona jonas = map.getPersonas().get(1);
		IWorkbenchPage page = driver.editor.getSite().getPage();
		ContentOutline outline = (ContentOutline) page.showView(IPageLayout.ID_OUTLINE);
		driver.settle();
		Tree tree = Widgets.all((Composite) outline.getCurrentPage().getControl(), Tree.class)
				.get(0);

		((ISelectionProvider) outline.getCurrentPage())
				.setSelection(new StructuredSelection(lena));
		driver.settle();
		Menu menu = Menus.shown(tree.getMenu());
		assertTrue(Menus.labels(menu).containsAll(List.of("Open Persona", "Add Persona", "Duplicate Persona",
				"Move Persona Down", "Delete")), Menus.labels(menu).toString());
		Menus.choose(Menus.item(menu, "Move Persona Down"));
		Menus.hide(menu);
		driver.settle();
		assertEquals(List.of(jonas, lena), map.getPersonas());

		menu = Menus.shown(tree.getMenu());
		Menus.choose(Menus.item(menu, "Add Persona"));
		Menus.hide(menu);
		driver.settle();
		assertEquals(3, map.getPersonas().size());
		Persona added = map.getPersonas().get(2);
		assertEquals("New persona", added.getName(), "added after the selected persona (Lena, now last)");
		assertTrue(page.getActiveEditor() instanceof PersonaEditor, "the new persona opens in the persona editor");
		page.activate(driver.editor); // the Outline shows the map's tree again
		driver.settle();

		((ISelectionProvider) outline.getCurrentPage())
				.setSelection(new StructuredSelection(added));
		driver.settle();
		menu = Menus.shown(tree.getMenu());
		Menus.choose(Menus.item(menu, "Delete"));
		Menus.hide(menu);
		driver.settle();
		assertEquals(List.of(jonas, lena), map.getPersonas());
		commands().undo();
		commands().undo();
		commands().undo();
		driver.settle();
		assertEquals(List.of(lena, jonas), map.getPersonas());
	}

	@Test
	void aLongNameWrapsInTheBandInsteadOfBeingCut() throws Exception {
		driver = EditorDriver.open(WorkspaceMaps.copy(SampleMap.B2C_ONLINE_SHOP, "long-persona-name"));
		JourneyMap map = driver.editor.getMap();
		Persona lena = map.getPersonas().get(0);
		Persona jonas = map.getPersonas().get(1);
		int oneLine = chip(jonas).getBounds().height;
		String longName = "Lena, the weekend hiker who compares every jacket twice before she buys online";
		commands().execute(new EmfCommand(SetCommand.create(driver.editor.getEditingDomain(), lena,
				CjmPackage.Literals.PERSONA__NAME, longName)));
		driver.settle();

		PersonaChipFigure chip = chip(lena);
		assertEquals(longName, chip.getName(), "the whole name, no ellipsis");
		int lineHeight = FigureUtilities.getFontMetrics(chip.getFont()).getHeight();
		assertTrue(chip.getBounds().height >= oneLine + lineHeight, "the name wraps onto more lines: "
				+ chip.getBounds() + " against " + oneLine);
		assertTrue(((Label) chip.getToolTip()).getText().startsWith(longName), "and the tool tip names it too");
		Rectangle band = driver.grid().personaBand().getBounds();
		assertTrue(band.contains(chip.getBounds()), "the band grows with its chips: " + band + " " + chip.getBounds());
		Screenshots.capture(driver.editor.getSite().getShell(), "persona-long-name.png");
	}

	private IFile newMap(String projectName, String title) throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(projectName);
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		IFile file = project.getFile("map.cjm");
		MapFiles.save(JourneyMapTemplates.newStandardMap(title), Path.of(file.getLocationURI()));
		file.refreshLocal(IResource.DEPTH_ZERO, null);
		return file;
	}

	private CommandStack commands() {
		return driver.editor.getGraphicalViewer().getEditDomain().getCommandStack();
	}

	private PersonaChipFigure chip(Persona persona) {
		return (PersonaChipFigure) driver.partOf(persona).getFigure();
	}

	private List<String> chipNames() {
		return ((GraphicalEditPart) driver.partOf(driver.editor.getMap().getPersonas().get(0)).getParent())
				.getChildren().stream().map(part -> ((PersonaChipFigure) ((GraphicalEditPart) part).getFigure())
						.getName()).toList();
	}

	/** Just inside the left edge of the persona's chip, in viewer coordinates. */
	private Point leftEdgeOf(Persona persona) {
		Rectangle bounds = chip(persona).getBounds().getCopy();
		chip(persona).translateToAbsolute(bounds);
		return new Point(bounds.x + 3, bounds.y + bounds.height / 2);
	}

	private void select(Persona persona) {
		driver.editor.getGraphicalViewer().setSelection(new StructuredSelection(driver.partOf(persona)));
		driver.settle();
	}

	private Menu contextMenu() {
		MenuManager manager = driver.editor.getGraphicalViewer().getContextMenu();
		Control control = driver.editor.getGraphicalViewer().getControl();
		Menu menu = control.getMenu() != null ? control.getMenu() : manager.createContextMenu(control);
		return Menus.shown(menu);
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
