package org.cjmstudio.rdf.ui.views;

import java.util.List;

import org.apache.jena.query.QueryException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.rdf.export.RdfExport;
import org.cjmstudio.rdf.ui.query.MapQuery;
import org.cjmstudio.rdf.ui.query.QueryResults;
import org.cjmstudio.rdf.ui.query.SavedQueries;
import org.cjmstudio.rdf.ui.query.SavedQuery;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.KeyAdapter;
import org.eclipse.swt.events.KeyEvent;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

/**
 * SPARQL over every map open in a journey map editor: pick a saved query (CJM Studio's own and every plugin's, from
 * {@code org.cjmstudio.queries}) or write one, Run (Ctrl+Enter), read the
 * answer in the table (terms and elements by their names: "High", the barrier's name), double-click a row to see its
 * card. A query that is not SPARQL is explained in the view itself, so the user can fix it in place.
 */
public final class SparqlView extends ViewPart {

	public static final String ID = "org.cjmstudio.rdf.ui.sparqlView";

	private final List<SavedQuery> savedQueries = SavedQueries.all();
	private Combo savedQueryCombo;
	private Text queryText;
	private Label status;
	private ResultsTable results;
	private QueryResults lastResults;

	/** How much of the view's height the query area takes at first; the rest is for the results. */
	private static final int[] QUERY_AND_RESULTS = { 30, 70 };

	private SashForm sash;

	/**
	 * The query (saved query, Run, text) above, the results (status, table) below, with a sash between them so the
	 * results get most of the room without maximising the view, and the user can move it.
	 */
	@Override
	public void createPartControl(Composite view) {
		view.setLayout(new FillLayout());
		sash = new SashForm(view, SWT.VERTICAL);
		Composite parent = new Composite(sash, SWT.NONE);
		parent.setLayout(new GridLayout(3, false));
		new Label(parent, SWT.NONE).setText("Saved query:");
		savedQueryCombo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		savedQueryCombo.setItems(savedQueries.stream().map(SavedQuery::name).toArray(String[]::new));
		savedQueryCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		savedQueryCombo.addListener(SWT.Selection, event -> showSavedQuery(savedQueryCombo.getSelectionIndex()));
		Button run = new Button(parent, SWT.PUSH);
		run.setText("Run");
		run.setToolTipText("Run the query over the maps open in editors (Ctrl+Enter)");
		run.addListener(SWT.Selection, event -> run());

		queryText = new Text(parent, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		GridData queryLayout = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
		queryLayout.heightHint = 40;
		queryText.setLayoutData(queryLayout);
		queryText.addListener(SWT.Modify, event -> showSavedQueryName());
		queryText.addKeyListener(new KeyAdapter() {
			@Override
			public void keyPressed(KeyEvent e) {
				if ((e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) && (e.stateMask & SWT.MOD1) != 0) {
					e.doit = false;
					run();
				}
			}
		});

		Composite answer = new Composite(sash, SWT.NONE);
		answer.setLayout(new GridLayout(1, false));
		status = new Label(answer, SWT.WRAP);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		results = new ResultsTable(answer, this::showElementOf);
		results.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		results.control().setToolTipText("Double-click a row that names a card to show it in its map");
		sash.setWeights(QUERY_AND_RESULTS);

		if (!savedQueries.isEmpty()) {
			savedQueryCombo.select(0);
			showSavedQuery(0);
		}
	}

	/** A double click on a row: the card (or stage, persona) the row names, selected in the editor of its map. */
	private void showElementOf(int row) {
		String id = lastResults == null ? null : lastResults.elementOf(row);
		if (id != null && !OpenMaps.reveal(getSite().getPage(), id)) {
			status.setText("The element of this row is in no open map any more.");
		}
	}

	/** The sash between the query and the results; its weights say how the view's height is shared. */
	public SashForm sash() {
		return sash;
	}

	private void showSavedQuery(int index) {
		if (index >= 0 && index < savedQueries.size()) {
			queryText.setText(savedQueries.get(index).text());
			savedQueryCombo.setToolTipText(savedQueries.get(index).about());
		}
	}

	/** Shows the text in the query area, and the saved query it is in the combo (or none once it is changed). */
	public void setQuery(String text) {
		queryText.setText(text);
	}

	private void showSavedQueryName() {
		for (int i = 0; i < savedQueries.size(); i++) {
			if (savedQueries.get(i).text().equals(queryText.getText())) {
				savedQueryCombo.select(i);
				savedQueryCombo.setToolTipText(savedQueries.get(i).about());
				return;
			}
		}
		savedQueryCombo.deselectAll();
		savedQueryCombo.setToolTipText("Choose a saved query: CJM Studio's own and those of installed plugins");
	}

	public List<SavedQuery> savedQueries() {
		return savedQueries;
	}

	/** What the view says above the table: the row count, or why the query could not run. */
	public String statusText() {
		return status.getText();
	}

	/** The results shown in the table, or null before the first successful run. */
	public QueryResults results() {
		return lastResults;
	}

	/**
	 * Parses the query and snapshots the open maps here, on the UI thread that edits them; evaluates in a job.
	 *
	 * @return the job evaluating the query, or null when the query is not SPARQL (the view says why)
	 */
	public Job run() {
		MapQuery query;
		try {
			query = MapQuery.parse(queryText.getText());
		} catch (QueryException e) {
			showError("The query is not SPARQL: " + e.getMessage());
			return null;
		}
		List<JourneyMap> maps = OpenMaps.in(getSite().getPage());
		Model snapshot = ModelFactory.createModelForGraph(RdfExport.toGraph(maps));
		status.setText("Running over " + maps.size() + " open map(s)...");
		Job job = new Job("SPARQL query over " + maps.size() + " journey map(s)") {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					QueryResults answer = query.runOver(snapshot);
					showLater(answer, answer.rows().size() + " row(s) from " + maps.size() + " open map(s)");
				} catch (QueryException e) {
					showLater(null, "The query failed: " + e.getMessage());
				}
				return Status.OK_STATUS;
			}
		};
		job.setSystem(true);
		job.schedule();
		return job;
	}

	private void showLater(QueryResults answer, String message) {
		if (status.isDisposed()) {
			return;
		}
		status.getDisplay().asyncExec(() -> {
			if (status.isDisposed()) {
				return;
			}
			if (answer == null) {
				showError(message);
				return;
			}
			lastResults = answer;
			results.show(answer);
			status.setForeground(null);
			status.setText(message);
			status.getParent().layout(true);
		});
	}

	private void showError(String message) {
		status.setForeground(status.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		status.setText(message);
		status.getParent().layout(true);
	}

	@Override
	public void setFocus() {
		queryText.setFocus();
	}
}
