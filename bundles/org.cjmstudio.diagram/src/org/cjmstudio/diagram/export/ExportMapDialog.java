package org.cjmstudio.diagram.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.cjmstudio.model.formats.ExportFormat;
import org.cjmstudio.model.formats.Formats;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Asks how to export a map: where (next to the map, named after it; Browse... to choose), as PNG, SVG or PDF, a PDF
 * on one page or on A4/A3 pages, with or without the header (title, personas, date) and the warning triangles — or in
 * any other installed export format ({@code org.cjmstudio.exporters}: the RDF serialisations, a plugin's CSV...), for
 * which the picture options do not apply. Asks before replacing a file.
 */
public final class ExportMapDialog extends TitleAreaDialog {

	public static final String TITLE = "Export Map";

	private static final Set<String> PICTURE_IDS = Set.of("png", "svg", "pdf");

	private final Path suggested;
	private Text file;
	private final Button[] formats = new Button[ImageFormat.values().length];
	/** The installed formats other than the pictures, which this dialog draws itself from the editor's figures. */
	private final List<ExportFormat> others = Formats.exporters().all().stream()
			.filter(format -> !PICTURE_IDS.contains(format.id())).toList();
	private final Button[] otherButtons = new Button[others.size()];
	private Combo pages;
	private Button header;
	private Button warnings;
	private Path chosenFile;
	private ImageFormat chosenFormat;
	private ExportOptions chosenOptions;
	private ExportFormat chosenOther;

	/** @param suggested the file to start from, e.g. the map's name with .pdf beside the map */
	public ExportMapDialog(Shell shell, Path suggested) {
		super(shell);
		this.suggested = suggested;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TITLE);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle("Export the map as a picture or a document");
		setMessage("PNG for slides and chat, SVG for web pages, PDF for stakeholders and print.");
		Composite area = (Composite) super.createDialogArea(parent);
		Composite page = new Composite(area, SWT.NONE);
		page.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		page.setLayout(new GridLayout(3, false));

		new Label(page, SWT.NONE).setText("&File:");
		file = new Text(page, SWT.BORDER);
		file.setText(suggested.toString());
		GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false);
		wide.widthHint = 420;
		file.setLayoutData(wide);
		file.addModifyListener(event -> formatFollowsFile());
		Button browse = new Button(page, SWT.PUSH);
		browse.setText("&Browse...");
		browse.addListener(SWT.Selection, event -> browse());

		new Label(page, SWT.NONE).setText("Format:");
		Composite formatRow = new Composite(page, SWT.NONE);
		formatRow.setLayout(new GridLayout(formats.length, false));
		formatRow.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		for (ImageFormat format : ImageFormat.values()) {
			Button button = new Button(formatRow, SWT.RADIO);
			button.setText(format.name());
			button.addListener(SWT.Selection, event -> {
				if (button.getSelection()) {
					fileFollowsFormat(format);
				}
			});
			formats[format.ordinal()] = button;
		}

		if (!others.isEmpty()) {
			new Label(page, SWT.NONE).setText("Data:");
			Composite otherRow = new Composite(page, SWT.NONE);
			otherRow.setLayout(new GridLayout(3, false));
			otherRow.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
			for (int i = 0; i < others.size(); i++) {
				ExportFormat format = others.get(i);
				Button button = new Button(otherRow, SWT.RADIO);
				button.setText(format.name());
				button.setToolTipText(format.label() + ", from " + format.plugin());
				button.addListener(SWT.Selection, event -> {
					if (button.getSelection()) {
						fileFollowsExtension(format.extensions().get(0));
					}
				});
				otherButtons[i] = button;
			}
		}

		new Label(page, SWT.NONE).setText("PDF &pages:");
		pages = new Combo(page, SWT.READ_ONLY);
		for (PdfPages choice : PdfPages.values()) {
			pages.add(choice.label());
		}
		pages.select(0);
		pages.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));

		new Label(page, SWT.NONE);
		header = new Button(page, SWT.CHECK);
		header.setText("&Header with the map's title, its personas and today's date");
		header.setSelection(true);
		header.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		new Label(page, SWT.NONE);
		warnings = new Button(page, SWT.CHECK);
		warnings.setText("&Warning triangles on cards that need attention");
		warnings.setSelection(true);
		warnings.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		formatFollowsFile();
		return area;
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
		dialog.setText(TITLE);
		Path current = Path.of(file.getText().strip());
		if (current.getParent() != null) {
			dialog.setFilterPath(current.getParent().toString());
		}
		dialog.setFileName(current.getFileName() == null ? "" : current.getFileName().toString());
		dialog.setFilterExtensions(new String[] { "*.pdf", "*.png", "*.svg", "*.*" });
		String chosen = dialog.open();
		if (chosen != null) {
			file.setText(chosen);
		}
	}

	/** Typing or choosing a file with another extension selects that format. */
	private void formatFollowsFile() {
		Path typed = Path.of(file.getText().strip());
		ImageFormat format = ImageFormat.forFile(typed).orElse(null);
		Optional<ExportFormat> other = format != null ? Optional.empty()
				: others.stream().filter(each -> each.matches(typed)).findFirst();
		for (ImageFormat each : ImageFormat.values()) {
			formats[each.ordinal()].setSelection(each == format);
		}
		for (int i = 0; i < others.size(); i++) {
			otherButtons[i].setSelection(other.isPresent() && other.get() == others.get(i));
		}
		boolean known = format != null || other.isPresent();
		pages.setEnabled(format == ImageFormat.PDF);
		header.setEnabled(format != null);
		warnings.setEnabled(format != null);
		setErrorMessage(known ? null : "The file name must end in .png, .svg or .pdf" + (others.isEmpty() ? "."
				: ", or like one of the data formats (." + String.join(", .", others.stream()
						.flatMap(each -> each.extensions().stream()).toList()) + ")."));
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(known);
		}
	}

	/** Choosing a format gives the file that format's extension. */
	private void fileFollowsFormat(ImageFormat format) {
		fileFollowsExtension(format.extension());
	}

	private void fileFollowsExtension(String extension) {
		String name = file.getText().strip();
		int dot = name.lastIndexOf('.');
		int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
		String base = dot > slash ? name.substring(0, dot) : name;
		file.setText(base + "." + extension);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "&Export", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		formatFollowsFile();
	}

	@Override
	protected void okPressed() {
		Path target = Path.of(file.getText().strip()).toAbsolutePath();
		if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
			setErrorMessage("There is no folder '" + target.getParent() + "': choose an existing one.");
			return;
		}
		if (Files.exists(target) && !MessageDialog.openQuestion(getShell(), TITLE,
				"'" + target + "' already exists. Do you want to replace it?")) {
			return;
		}
		chosenFile = target;
		chosenFormat = ImageFormat.forFile(target).orElse(null);
		chosenOther = chosenFormat != null ? null
				: others.stream().filter(each -> each.matches(target)).findFirst().orElse(null);
		chosenOptions = new ExportOptions(header.getSelection(), warnings.getSelection(),
				PdfPages.values()[Math.max(0, pages.getSelectionIndex())]);
		super.okPressed();
	}

	public Path file() {
		return chosenFile;
	}

	/** The picture format chosen, or null when the user chose a {@link #dataFormat() data format}. */
	public ImageFormat format() {
		return chosenFormat;
	}

	/** The installed non-picture format chosen (RDF, a plugin's), or null for a picture. */
	public ExportFormat dataFormat() {
		return chosenOther;
	}

	public ExportOptions options() {
		return chosenOptions;
	}
}
