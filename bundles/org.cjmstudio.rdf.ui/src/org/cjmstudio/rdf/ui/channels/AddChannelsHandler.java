package org.cjmstudio.rdf.ui.channels;

import java.util.Arrays;
import java.util.List;

import org.cjmstudio.diagram.editor.JourneyMapEditor;
import org.cjmstudio.model.Channel;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.rdf.vocabularies.ChannelConcept;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Edit &gt; Add Channels from Vocabulary...: the user ticks channels of the installed vocabularies (CJM Studio's
 * standard channels, a plugin's taxonomy) and they join the map's channel vocabulary in one undoable step, so every
 * channel picker (a touchpoint's channel, a persona's preferred channels) offers them.
 */
public final class AddChannelsHandler extends AbstractHandler {

	static final String TITLE = "Add Channels from Vocabulary";

	@Override
	public Object execute(ExecutionEvent event) {
		if (!(HandlerUtil.getActiveEditor(event) instanceof JourneyMapEditor editor) || editor.getMap() == null) {
			return null;
		}
		Shell shell = HandlerUtil.getActiveShell(event);
		JourneyMap map = editor.getMap();
		List<ChannelConcept> offered = VocabularyChannels.missingFrom(map);
		if (offered.isEmpty()) {
			MessageDialog.openInformation(shell, TITLE, "'" + map.getTitle() + "' has every channel of the installed "
					+ "vocabularies already. Plugins add vocabularies such as a company's channel taxonomy.");
			return null;
		}
		ListSelectionDialog dialog = ListSelectionDialog.of(offered).contentProvider(ArrayContentProvider.getInstance())
				.labelProvider(LabelProvider.createTextProvider(concept -> VocabularyChannels.label(
						(ChannelConcept) concept)))
				.title(TITLE).message("Tick the channels '" + map.getTitle() + "' should offer to its touchpoints "
						+ "and personas:")
				.okButtonText("Add").create(shell);
		if (dialog.open() != Window.OK || dialog.getResult() == null || dialog.getResult().length == 0) {
			return null;
		}
		List<Channel> channels = Arrays.stream(dialog.getResult()).map(concept -> ((ChannelConcept) concept)
				.toChannel()).toList();
		EditingDomain domain = editor.getEditingDomain();
		Command add = AddCommand.create(domain, map, CjmPackage.Literals.JOURNEY_MAP__CHANNELS, channels);
		domain.getCommandStack().execute(add);
		return null;
	}
}
