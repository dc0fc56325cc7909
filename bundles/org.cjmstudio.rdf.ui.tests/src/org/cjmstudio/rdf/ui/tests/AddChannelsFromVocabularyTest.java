package org.cjmstudio.rdf.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.cjmstudio.diagram.editor.JourneyMapEditor;
import org.cjmstudio.model.Channel;
import org.cjmstudio.model.ChannelCategory;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Touchpoint;
import org.cjmstudio.samples.SampleMap;
import org.cjmstudio.testing.Menus;
import org.cjmstudio.testing.Screenshots;
import org.cjmstudio.testing.Widgets;
import org.cjmstudio.testing.WorkspaceMaps;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.edit.provider.AdapterFactoryItemDelegator;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Given the B2C sample open and a plugin's retail channel taxonomy installed (this test bundle's plugin.xml), the
 * analyst adds two of its channels with Edit > Add Channels from Vocabulary...; the touchpoints' channel picker offers
 * them, and Undo takes them away again.
 */
class AddChannelsFromVocabularyTest {

	private static final String PROJECT = "vocabulary-channels";

	@AfterEach
	void closeEverything() throws Exception {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
		ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT).delete(true, null);
	}

	@Test
	void channelsOfAPluginsTaxonomyJoinTheMapAndItsPickers() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = window.getActivePage();
		JourneyMapEditor editor = (JourneyMapEditor) IDE.openEditor(page,
				WorkspaceMaps.copy(SampleMap.B2C_ONLINE_SHOP, PROJECT), JourneyMapEditor.ID);
		JourneyMap map = editor.getMap();
		int before = map.getChannels().size();

		List<String> offered = new ArrayList<>();
		Widgets.ExpectedDialog dialog = Widgets.whenShown(window.getShell().getDisplay(),
				"Add Channels from Vocabulary", shell -> {
					Table table = Widgets.all(shell, Table.class).get(0);
					for (TableItem item : table.getItems()) {
						offered.add(item.getText());
						item.setChecked(item.getText().startsWith("Self-checkout")
								|| item.getText().startsWith("Click and collect"));
					}
					try {
						Screenshots.capture(shell, "add-channels-from-vocabulary.png");
					} catch (IOException e) {
						throw new UncheckedIOException(e);
					}
					Widgets.press(shell, "Add");
				});
		Menu edit = Menus.ofMenuBar(window.getShell(), "Edit");
		Menus.choose(Menus.item(edit, "Add Channels from Vocabulary..."));
		Menus.hide(edit);
		dialog.assertHandled();

		assertTrue(offered.contains("Self-checkout \u2014 Test shop channels (physical store, offline)"),
				offered.toString());
		assertTrue(offered.contains("Click and collect \u2014 Test shop channels (website, online)"),
				offered.toString());
		assertFalse(offered.stream().anyMatch(label -> label.startsWith("Website \u2014")),
				"the map has the standard Website already: " + offered);
		assertEquals(before + 2, map.getChannels().size());
		Channel selfCheckout = channel(map, "Self-checkout");
		assertEquals(ChannelCategory.PHYSICAL_STORE, selfCheckout.getCategory(), "the category of its broader concept");
		assertEquals("https://shop.example/channels#self-checkout", selfCheckout.getExternalLinks().get(0).getTarget());

		Touchpoint touchpoint = map.getStages().get(0).getTouchpoints().get(0);
		Collection<?> choices = new AdapterFactoryItemDelegator(editor.getEditingDomain().getAdapterFactory())
				.getPropertyDescriptor(touchpoint, "channel").getChoiceOfValues(touchpoint);
		assertTrue(choices.contains(selfCheckout), "the touchpoint's channel picker offers it");

		assertTrue(editor.isDirty());
		editor.getEditingDomain().getCommandStack().undo();
		assertEquals(before, map.getChannels().size(), "one undoable step");
	}

	private static Channel channel(JourneyMap map, String name) {
		return map.getChannels().stream().filter(channel -> name.equals(channel.getName())).findFirst()
				.orElseThrow(() -> new AssertionError("no channel " + name));
	}
}
