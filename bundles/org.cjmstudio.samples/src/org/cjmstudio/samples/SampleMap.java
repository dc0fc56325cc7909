package org.cjmstudio.samples;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

/**
 * The sample journey maps shipped with CJM Studio, for a first look at the workbench and as test fixtures. The
 * files live in this bundle's {@code maps/} folder; this bundle holds data only and depends on nothing.
 */
public enum SampleMap {

	B2B_ENTERPRISE_SOFTWARE("b2b-enterprise-software.cjm",
			"Buying enterprise software (B2B): reviews, demos, sales managers, support"),
	B2C_ONLINE_SHOP("b2c-online-shop.cjm",
			"Buying from an online shop (B2C e-commerce): search, marketplace, delivery, returns");

	private final String fileName;
	private final String description;

	SampleMap(String fileName, String description) {
		this.fileName = fileName;
		this.description = description;
	}

	public String fileName() {
		return fileName;
	}

	public String description() {
		return description;
	}

	/** Where the map is inside this bundle (a bundle entry in OSGi, a file or jar entry otherwise). */
	public URL url() throws FileNotFoundException {
		URL url = SampleMap.class.getResource("/maps/" + fileName);
		if (url == null) {
			throw new FileNotFoundException("Sample map 'maps/" + fileName + "' is missing from org.cjmstudio.samples");
		}
		return url;
	}

	public InputStream open() throws IOException {
		return url().openStream();
	}
}
