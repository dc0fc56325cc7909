package org.cjmstudio.diagram.editor;

import java.util.List;

import org.cjmstudio.diagram.cards.CardColorAction;
import org.cjmstudio.diagram.cards.CardImageAction;
import org.cjmstudio.diagram.clipboard.CopyCardsAction;
import org.cjmstudio.diagram.comments.AddCommentAction;
import org.cjmstudio.diagram.clipboard.PasteCardsAction;
import org.cjmstudio.diagram.evidence.EvidenceDropTargetListener;
import org.cjmstudio.diagram.evidence.LinkEvidenceAction;
import org.cjmstudio.diagram.links.AddExternalLinkAction;
import org.cjmstudio.diagram.outline.JourneyMapOutlinePage;
import org.cjmstudio.diagram.personas.MapEditorContext;
import org.cjmstudio.diagram.personas.PersonaActions;
import org.cjmstudio.diagram.zoom.InitialZoom;
import org.cjmstudio.diagram.zoom.JourneyMapRootEditPart;
import org.cjmstudio.diagram.zoom.MapZoomManager;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.KeyHandler;
import org.eclipse.gef.KeyStroke;
import org.eclipse.gef.MouseWheelHandler;
import org.eclipse.gef.MouseWheelZoomHandler;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.gef.ui.actions.DirectEditAction;
import org.eclipse.gef.ui.actions.GEFActionConstants;
import org.eclipse.gef.ui.actions.ZoomInAction;
import org.eclipse.gef.ui.actions.ZoomOutAction;
import org.eclipse.gef.ui.parts.GraphicalViewerKeyHandler;
import org.eclipse.jface.action.IAction;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;

/**
 * How the journey map editor's viewer behaves: zoom (toolbar, Ctrl + mouse wheel, fit), keys (arrows move between
 * cards, F2 renames, Delete deletes) and the editor's own actions. Kept out of the editor so that class stays about
 * the map's life cycle (load, change, save).
 */
final class DiagramSetup {

	// Down to 10 %, so "Page" can show a whole long map in a small editor.
	private static final double[] ZOOM_LEVELS = { 0.1, 0.15, 0.2, 0.25, 0.33, 0.4, 0.5, 0.6, 0.75, 0.9, 1.0, 1.25, 1.5, 2.0, 3.0 };

	private final JourneyMapEditor editor;
	private MapZoomManager zoomManager;
	private RelatedCards relatedCards;
	private RelationLines relationLines;

	DiagramSetup(JourneyMapEditor editor) {
		this.editor = editor;
	}

	void configure(GraphicalViewer viewer, ActionRegistry actions, IWorkbenchPartSite site) {
		JourneyMapRootEditPart root = new JourneyMapRootEditPart();
		viewer.setRootEditPart(root);
		zoomManager = (MapZoomManager) root.getZoomManager();
		zoomManager.setZoomLevels(ZOOM_LEVELS);
		zoomManager.setZoomLevelContributions(List.of(ZoomManager.FIT_ALL, ZoomManager.FIT_WIDTH,
				ZoomManager.FIT_HEIGHT));
		viewer.setProperty(MouseWheelHandler.KeyGenerator.getKey(SWT.MOD1), MouseWheelZoomHandler.SINGLETON);

		IAction zoomIn = new ZoomInAction(zoomManager);
		IAction zoomOut = new ZoomOutAction(zoomManager);
		actions.registerAction(zoomIn);
		actions.registerAction(zoomOut);

		KeyHandler keys = new GraphicalViewerKeyHandler(viewer);
		keys.put(KeyStroke.getPressed(SWT.F2, 0), actions.getAction(GEFActionConstants.DIRECT_EDIT));
		keys.put(KeyStroke.getPressed(SWT.DEL, 127, 0), actions.getAction(ActionFactory.DELETE.getId()));
		keys.put(KeyStroke.getPressed('+', SWT.KEYPAD_ADD, SWT.MOD1), zoomIn);
		keys.put(KeyStroke.getPressed('-', SWT.KEYPAD_SUBTRACT, SWT.MOD1), zoomOut);
		viewer.setKeyHandler(keys);
		ToolTipHider.install(viewer.getControl());
		viewer.addDropTargetListener(new EvidenceDropTargetListener(viewer));
		relatedCards = new RelatedCards(viewer);
		relationLines = new RelationLines(viewer);
		actions.registerAction(new ShowRelationLinesAction(relationLines));
	}

	/** Outlines the cards related to the selected one, and draws the relation lines, again: after a change, the
	 * relations may differ. */
	void refreshRelations() {
		if (relatedCards != null) {
			relatedCards.refresh();
			relationLines.refresh();
		}
	}

	/** Once the map is shown: 100 %, or the editor's width for a map wider than the editor. */
	void zoomToStart(GraphicalViewer viewer) {
		InitialZoom.applyWhenShown(viewer, zoomManager);
	}

	@SuppressWarnings("unchecked")
	void createActions(ActionRegistry actions, @SuppressWarnings("rawtypes") List selectionActions,
			AdapterFactoryEditingDomain domain) {
		List<IAction> editorActions = new java.util.ArrayList<>(List.of(new ConfirmingDeleteAction(editor, domain),
				new DirectEditAction(editor), new CopyCardsAction(editor, domain), new PasteCardsAction(editor, domain),
				new LinkEvidenceAction(editor, domain), new AddExternalLinkAction(editor, domain),
				new AddCommentAction(editor, domain),
				CardImageAction.attach(editor, domain), CardImageAction.remove(editor, domain)));
		editorActions.addAll(CardColorAction.all(editor, domain));
		editorActions.addAll(PersonaActions.forDiagram(context(domain)));
		for (IAction action : editorActions) {
			actions.registerAction(action);
			selectionActions.add(action.getId());
		}
	}

	MapEditorContext context(AdapterFactoryEditingDomain domain) {
		return new MapEditorContext(editor, domain, editor::getMap, editor::getGraphicalViewer);
	}

	/** The right-click menu; registered with the site so other plugins can contribute to it. */
	void createContextMenu(GraphicalViewer viewer, ActionRegistry actions, IWorkbenchPartSite site) {
		JourneyMapContextMenu menu = new JourneyMapContextMenu(viewer, actions);
		viewer.setContextMenu(menu);
		site.registerContextMenu(menu, viewer);
	}

	Object getAdapter(Class<?> type, GraphicalViewer viewer, AdapterFactoryEditingDomain domain) {
		if (type == ZoomManager.class) {
			return zoomManager;
		}
		if (type == IPropertySheetPage.class) {
			return new MapPropertySheetPage(domain);
		}
		if (type == IContentOutlinePage.class) {
			return new JourneyMapOutlinePage(context(domain), domain.getAdapterFactory(), tree -> {
				ConfirmingDeleteAction delete = new ConfirmingDeleteAction(editor, domain);
				delete.setSelectionProvider(tree);
				return delete;
			});
		}
		return null;
	}
}
