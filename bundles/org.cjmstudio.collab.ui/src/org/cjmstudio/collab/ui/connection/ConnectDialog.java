package org.cjmstudio.collab.ui.connection;

import java.io.IOException;
import java.util.Arrays;

import org.cjmstudio.collab.client.RepositoryAddress;
import org.cjmstudio.collab.client.RepositoryClient;
import org.cjmstudio.collab.client.RepositoryException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * File > Connect to Team Repository...: address, user, password. Connect asks the server for its maps (in the
 * background, the dialog stays responsive); only a connection that worked is remembered and closes the dialog. A
 * wrong address, a server that does not answer and a wrong password are said in the dialog, in one sentence.
 */
public final class ConnectDialog extends TitleAreaDialog {

	public static final String TITLE = "Connect to Team Repository";
	private static final String DEFAULT_ADDRESS = "http://localhost:3330";

	private Text address;
	private Text user;
	private Text password;
	private Button keepPassword;
	private volatile String problem;
	private volatile boolean checking;
	private RepositoryClient connected;

	public ConnectDialog(Shell parent) {
		super(parent);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TITLE);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle("Connect to the team repository");
		setMessage("The server your team shares its journey maps on (started with ./cjmstudio server).");
		Composite area = (Composite) super.createDialogArea(parent);
		Composite fields = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(fields);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
		TeamCredentials.Remembered remembered = TeamCredentials.remembered().orElse(null);
		address = field(fields, "&Address:", SWT.NONE, remembered != null ? remembered.address() : DEFAULT_ADDRESS);
		user = field(fields, "&User:", SWT.NONE,
				remembered != null ? remembered.user() : System.getProperty("user.name", ""));
		password = field(fields, "&Password:", SWT.PASSWORD,
				remembered != null && remembered.password() != null ? new String(remembered.password()) : "");
		new Label(fields, SWT.NONE);
		keepPassword = new Button(fields, SWT.CHECK);
		keepPassword.setText("&Keep the password in the secure storage");
		keepPassword.setSelection(remembered == null || remembered.password() != null);
		return area;
	}

	private static Text field(Composite parent, String label, int style, String value) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, SWT.BORDER | SWT.SINGLE | style);
		text.setText(value);
		GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(text);
		return text;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "&Connect", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	/** Fills the fields as a user would type them (tests). */
	public void enter(String typedAddress, String typedUser, String typedPassword) {
		address.setText(typedAddress);
		user.setText(typedUser);
		password.setText(typedPassword);
	}

	/** What went wrong with the last attempt, or null. */
	public String problem() {
		return problem;
	}

	/** True while the server is being asked. */
	public boolean isChecking() {
		return checking;
	}

	/** The connection that worked, once the dialog closed with OK. */
	public RepositoryClient connected() {
		return connected;
	}

	@Override
	protected void okPressed() {
		RepositoryAddress parsed;
		try {
			parsed = RepositoryAddress.parse(address.getText());
		} catch (IllegalArgumentException e) {
			show(e.getMessage());
			return;
		}
		String name = user.getText().strip();
		if (name.isEmpty()) {
			show("Enter your user name on the team repository.");
			return;
		}
		char[] secret = password.getText().toCharArray();
		boolean keep = keepPassword.getSelection();
		RepositoryClient client = new RepositoryClient(parsed, name, secret);
		checking = true;
		problem = null;
		setErrorMessage(null);
		setMessage("Connecting to " + parsed + "...");
		getButton(IDialogConstants.OK_ID).setEnabled(false);
		Thread check = new Thread(() -> {
			String failure = null;
			try {
				client.maps();
			} catch (RepositoryException e) {
				failure = ConnectionProblems.describe(parsed, name, e);
			}
			String outcome = failure;
			getShell().getDisplay().asyncExec(() -> checked(client, secret, keep, outcome));
		}, "CJM connect to " + parsed);
		check.setDaemon(true);
		check.start();
	}

	private void checked(RepositoryClient client, char[] secret, boolean keep, String failure) {
		checking = false;
		if (getShell() == null || getShell().isDisposed()) {
			return;
		}
		getButton(IDialogConstants.OK_ID).setEnabled(true);
		if (failure != null) {
			show(failure);
			return;
		}
		try {
			TeamCredentials.remember(client, secret, keep);
		} catch (IOException e) {
			// the connection works; it just is not remembered for the next start
			ILog.of(getClass()).warn("Connected to " + client.address() + ", but " + e.getMessage(), e);
		}
		Arrays.fill(secret, '\0');
		connected = client;
		TeamRepository.workbench().connected(client);
		super.okPressed();
	}

	private void show(String message) {
		problem = message;
		setErrorMessage(message);
	}
}
