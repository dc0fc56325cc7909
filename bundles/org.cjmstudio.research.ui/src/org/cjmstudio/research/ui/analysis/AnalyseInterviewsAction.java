package org.cjmstudio.research.ui.analysis;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cjmstudio.model.Interview;
import org.cjmstudio.model.Quote;
import org.cjmstudio.model.ResearchStudy;
import org.cjmstudio.research.patterns.InterviewAnalysis;
import org.cjmstudio.research.patterns.Lexicon;
import org.cjmstudio.research.patterns.LexiconException;
import org.cjmstudio.research.patterns.ProposedInsight;
import org.cjmstudio.research.patterns.StopWords;
import org.cjmstudio.research.ui.actions.ResearchContext;
import org.cjmstudio.research.ui.view.OpenMap;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Analyse Interviews... on a study: runs the local interview analysis (the built-in lexicons and stop words plus a
 * team's {@code *.lexicon.txt} / {@code *.stopwords.txt} beside the map file) with a progress dialog, then shows the
 * proposals to accept or reject.
 */
public final class AnalyseInterviewsAction extends Action {

	public static final String LABEL = "Analyse Interviews...";
	public static final String TEAM_FILES_TITLE = "Team Lexicon Not Used";

	private final ResearchContext context;

	public AnalyseInterviewsAction(ResearchContext context) {
		super(LABEL);
		this.context = context;
		setId("org.cjmstudio.research.ui.analyseInterviews");
		setToolTipText("Finds wordings, fears, doubts and reasons for refusal that two or more respondents voiced");
		update();
	}

	/** Enabled on a study (or one of its interviews or quotes) with at least two interviews. */
	public void update() {
		ResearchStudy study = study();
		setEnabled(context.openMap() != null && study != null && study.getInterviews().size() >= 2);
	}

	private ResearchStudy study() {
		Object selected = context.selection().getFirstElement();
		if (selected instanceof Quote quote) {
			selected = quote.eContainer();
		}
		if (selected instanceof Interview interview) {
			selected = interview.eContainer();
		}
		return selected instanceof ResearchStudy study ? study : null;
	}

	@Override
	public void run() {
		OpenMap open = context.openMap();
		ResearchStudy study = study();
		if (open == null || study == null) {
			return;
		}
		Shell shell = context.shell();
		InterviewAnalysis analysis = InterviewAnalysis.of(study);
		Path folder = folderOf(open);
		if (folder != null) {
			try {
				analysis.lexicon(Lexicon.builtIn().withTeamFiles(folder));
				analysis.stopWords(StopWords.builtIn().withTeamFiles(folder));
			} catch (LexiconException | IOException e) {
				MessageDialog.openWarning(shell, TEAM_FILES_TITLE, e.getMessage()
						+ "\n\nThe analysis uses the built-in lexicons and stop words until the file is fixed.");
				analysis.lexicon(Lexicon.builtIn()).stopWords(StopWords.builtIn());
			}
		}
		List<ProposedInsight> proposals = new ArrayList<>();
		try {
			// The dialog is modal, so nothing changes the study while the analysis reads it on another thread.
			new ProgressMonitorDialog(shell).run(true, true, monitor -> proposals.addAll(analysis.propose(monitor)));
		} catch (InvocationTargetException e) {
			MessageDialog.openError(shell, ProposedInsightsDialog.TITLE, "The analysis of '" + study.getTitle()
					+ "' failed: " + e.getCause());
			return;
		} catch (InterruptedException e) {
			return; // cancelled
		}
		ProposedInsightsDialog dialog = new ProposedInsightsDialog(shell, open, study, proposals);
		dialog.open();
		if (!dialog.accepted().isEmpty()) {
			context.show(dialog.accepted().get(dialog.accepted().size() - 1), false);
		}
	}

	/** The folder of the map file, where a team keeps its lexicon files; {@code null} for a map not in a file. */
	private static Path folderOf(OpenMap open) {
		URI uri = open.map().eResource() == null ? null : open.map().eResource().getURI();
		return uri != null && uri.isFile() ? Path.of(uri.toFileString()).getParent() : null;
	}
}
