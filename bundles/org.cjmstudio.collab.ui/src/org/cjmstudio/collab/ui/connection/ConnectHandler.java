package org.cjmstudio.collab.ui.connection;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** File > Connect to Team Repository... */
public final class ConnectHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		new ConnectDialog(HandlerUtil.getActiveShell(event)).open();
		return null;
	}
}
