package org.cjmstudio.edit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.atomic.AtomicInteger;

import org.cjmstudio.edit.ui.viewers.ItemProviderContentProvider;
import org.cjmstudio.edit.ui.viewers.ItemProviderLabelProvider;
import org.cjmstudio.model.Barrier;
import org.cjmstudio.model.CjmFactory;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.Stage;
import org.cjmstudio.model.edit.domain.MapEditingDomains;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Given the bike shop map in a tree (as the Outline shows it), the user sees the map, its stages under it and the
 * cards of each stage under the stage, labelled and with icons by the item providers; and the tree follows every
 * change made through the map's command stack.
 */
class MapTreeViewerTest {

	private final BikeShopMap sample = new BikeShopMap();
	private final CommandStack commands = sample.domain.getCommandStack();
	private Shell shell;
	private TreeViewer tree;

	@BeforeEach
	void showTheMapInATree() {
		shell = new Shell(Display.getCurrent());
		shell.setLayout(new FillLayout());
		tree = new TreeViewer(shell);
		tree.setContentProvider(new ItemProviderContentProvider(sample.domain.getAdapterFactory()));
		tree.setLabelProvider(new ItemProviderLabelProvider(sample.domain.getAdapterFactory()));
		tree.setInput(sample.resource);
		tree.expandAll();
		shell.setSize(400, 600);
		shell.open();
	}

	@AfterEach
	void closeTheTree() {
		shell.dispose();
	}

	@Test
	void theMapShowsItsStagesAndEachStageItsCards() {
		TreeItem mapItem = tree.getTree().getItem(0);
		assertSame(sample.map, mapItem.getData());
		assertEquals("Journey Map Buying a bike online", mapItem.getText());
		assertNotNull(mapItem.getImage(), "the map has its icon");

		for (Stage stage : sample.map.getStages()) {
			TreeItem stageItem = itemOf(stage);
			assertSame(sample.map, stageItem.getParentItem().getData(), stage.getName() + " is a child of the map");
			assertEquals("Stage " + stage.getName(), stageItem.getText());
			assertNotNull(stageItem.getImage(), stage.getName() + " has its icon");
		}

		assertCardOfPurchase(sample.checkoutPage, "Touchpoint Checkout page");
		assertCardOfPurchase(sample.longForm, "Barrier Checkout takes five screens");
		assertCardOfPurchase(sample.checkout, "Step Fills in the checkout form");
	}

	@Test
	void renamingAStageThroughTheCommandStackRelabelsItInTheTree() {
		commands.execute(SetCommand.create(sample.domain, sample.purchase, CjmPackage.Literals.STAGE__NAME, "Checkout"));
		UiEvents.runUntil(() -> "Stage Checkout".equals(itemOf(sample.purchase).getText()),
				"the stage's item reads \"Stage Checkout\" (it reads \"" + itemOf(sample.purchase).getText() + "\")");

		commands.undo();
		UiEvents.runUntil(() -> "Stage Purchase".equals(itemOf(sample.purchase).getText()),
				"after undo the stage's item reads \"Stage Purchase\" again");
	}

	@Test
	void aBarrierAddedThroughTheCommandStackAppearsUnderItsStage() {
		Barrier slowPayment = CjmFactory.eINSTANCE.createBarrier();
		slowPayment.setName("Payment page times out");
		commands.execute(AddCommand.create(sample.domain, sample.purchase, CjmPackage.Literals.STAGE__BARRIERS,
				slowPayment));

		UiEvents.runUntil(() -> tree.testFindItem(slowPayment) != null, "the new barrier has an item in the tree");
		assertCardOfPurchase(slowPayment, "Barrier Payment page times out");
	}

	@Test
	void closingTheTreeStopsItsProvidersListeningToTheModel() {
		AtomicInteger listeners = new AtomicInteger();
		ComposedAdapterFactory countingFactory = new ComposedAdapterFactory(MapEditingDomains.newAdapterFactory()) {
			@Override
			public void addListener(INotifyChangedListener listener) {
				listeners.incrementAndGet();
				super.addListener(listener);
			}

			@Override
			public void removeListener(INotifyChangedListener listener) {
				listeners.decrementAndGet();
				super.removeListener(listener);
			}
		};
		TreeViewer secondTree = new TreeViewer(shell);
		secondTree.setContentProvider(new ItemProviderContentProvider(countingFactory));
		secondTree.setLabelProvider(new ItemProviderLabelProvider(countingFactory));
		secondTree.setInput(sample.resource);
		assertEquals(2, listeners.get(), "the content and the label provider listen to the model");

		secondTree.getTree().dispose();
		assertEquals(0, listeners.get(), "a closed tree leaves no listener behind");
		countingFactory.dispose();
	}

	private void assertCardOfPurchase(Object card, String label) {
		TreeItem cardItem = itemOf(card);
		assertSame(sample.purchase, cardItem.getParentItem().getData(), label + " is under the Purchase stage");
		assertEquals(label, cardItem.getText());
		assertNotNull(cardItem.getImage(), label + " has its icon");
	}

	private TreeItem itemOf(Object element) {
		TreeItem item = (TreeItem) tree.testFindItem(element);
		assertNotNull(item, "no tree item for " + element);
		return item;
	}
}
