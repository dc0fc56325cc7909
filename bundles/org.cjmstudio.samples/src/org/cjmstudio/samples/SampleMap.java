package org.cjmstudio.samples;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.List;

/**
 * The sample journey maps shipped with CJM Studio, for a first look at the workbench and as test fixtures. The
 * files live in this bundle's {@code maps/} folder; this bundle holds data only and depends on nothing.
 */
public enum SampleMap {

	B2B_ENTERPRISE_SOFTWARE("b2b-enterprise-software.cjm",
			"Buying enterprise software (B2B): reviews, demos, sales managers, support"),
	B2C_ONLINE_SHOP("b2c-online-shop.cjm",
			"Buying from an online shop (B2C e-commerce): search, marketplace, delivery, returns",
			"images/checkout-account-step.png");

	private final String fileName;
	private final String description;
	private final List<String> attachments;

	SampleMap(String fileName, String description, String... attachments) {
		this.fileName = fileName;
		this.description = description;
		this.attachments = List.of(attachments);
	}

	/**
	 * The files the map refers to by a path relative to itself (card images), which go wherever the map goes:
	 * {@code images/checkout-account-step.png} beside {@code b2c-online-shop.cjm}.
	 */
	public List<String> attachments() {
		return attachments;
	}

	/** Opens an attachment (one of {@link #attachments()}) from this bundle. */
	public InputStream openAttachment(String attachment) throws IOException {
		URL url = SampleMap.class.getResource("/maps/" + attachment);
		if (url == null) {
			throw new FileNotFoundException("Sample file 'maps/" + attachment + "' is missing from org.cjmstudio.samples");
		}
		return url.openStream();
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
