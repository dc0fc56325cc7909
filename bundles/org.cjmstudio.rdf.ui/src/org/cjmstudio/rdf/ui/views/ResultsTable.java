package org.cjmstudio.rdf.ui.views;

import java.util.List;
import java.util.function.IntConsumer;

import org.cjmstudio.rdf.ui.query.QueryResults;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.TableColumn;

/** A table whose columns are the query's variables; rebuilt for every answer since each query has its own. */
final class ResultsTable {

	private static final int MAX_COLUMN_WIDTH = 360;

	private final TableViewer viewer;

	private List<?> rows = List.of();

	/** @param open what a double click on a row does, given the row's index in the results */
	ResultsTable(Composite parent, IntConsumer open) {
		viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.addDoubleClickListener(event -> {
			Object row = viewer.getStructuredSelection().getFirstElement();
			for (int i = 0; i < rows.size(); i++) {
				if (rows.get(i) == row) {
					open.accept(i);
					return;
				}
			}
		});
	}

	Control control() {
		return viewer.getControl();
	}

	void show(QueryResults results) {
		viewer.getTable().setRedraw(false);
		try {
			viewer.setInput(List.of());
			for (TableColumn column : viewer.getTable().getColumns()) {
				column.dispose();
			}
			for (int i = 0; i < results.variables().size(); i++) {
				int index = i;
				TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
				column.getColumn().setText(results.variables().get(i));
				column.setLabelProvider(new ColumnLabelProvider() {
					@Override
					public String getText(Object row) {
						return ((List<?>) row).get(index).toString();
					}
				});
			}
			rows = results.rows();
			viewer.setInput(rows);
			for (TableColumn column : viewer.getTable().getColumns()) {
				column.pack();
				column.setWidth(Math.min(column.getWidth(), MAX_COLUMN_WIDTH));
			}
		} finally {
			viewer.getTable().setRedraw(true);
		}
	}
}
