package org.cjmstudio.app.tests;

import java.net.URL;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.ui.browser.AbstractWorkbenchBrowserSupport;
import org.eclipse.ui.browser.IWebBrowser;

/**
 * Test only: the workbench's web browser in this test runtime (this bundle's plugin.xml contributes it to
 * org.eclipse.ui.browserSupport, which prefers it to the platform's default). It opens nothing and remembers the
 * addresses it was asked to open, so a test sees what the user's browser would show.
 */
public final class RecordingBrowserSupport extends AbstractWorkbenchBrowserSupport {

	/** Every address opened since the test runtime started, oldest first. */
	public static final List<URL> OPENED = new CopyOnWriteArrayList<>();

	@Override
	public IWebBrowser createBrowser(int style, String browserId, String name, String tooltip) {
		return browser(browserId);
	}

	@Override
	public IWebBrowser createBrowser(String browserId) {
		return browser(browserId);
	}

	private static IWebBrowser browser(String id) {
		return new IWebBrowser() {
			@Override
			public String getId() {
				return id;
			}

			@Override
			public void openURL(URL url) {
				OPENED.add(url);
			}

			@Override
			public boolean close() {
				return true;
			}
		};
	}
}
