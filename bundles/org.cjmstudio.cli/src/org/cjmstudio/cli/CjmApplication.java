package org.cjmstudio.cli;

import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The Equinox application behind the {@code cjm} script: the command line without a workbench window. */
public final class CjmApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] arguments = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		return new Cli(Console.system()).run(List.of(arguments == null ? new String[0] : arguments));
	}

	@Override
	public void stop() {
		// Every command runs to its end; there is nothing to interrupt.
	}
}
