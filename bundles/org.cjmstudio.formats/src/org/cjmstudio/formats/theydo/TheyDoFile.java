package org.cjmstudio.formats.theydo;

import java.util.Locale;

/**
 * The four TheyDo import files a map's research and plans fit (TheyDo's Amazon S3 integration, public schemas
 * {@code *File.schema.json}): each file holds one kind of record under its own {@code format} constant. TheyDo
 * has no journey import, so stages, steps and emotions cannot go there.
 */
enum TheyDoFile {
	INSIGHTS("THEYDO_INSIGHTS_V1", "insights"),
	OPPORTUNITIES("THEYDO_OPPORTUNITIES_V1", "opportunities"),
	SOLUTIONS("THEYDO_SOLUTIONS_V1", "solutions"),
	METRICS("THEYDO_METRICS_V1", "metrics");

	final String format;
	final String recordsKey;

	TheyDoFile(String format, String recordsKey) {
		this.format = format;
		this.recordsKey = recordsKey;
	}

	/** The file named by the initialisation data in plugin.xml ("insights", ...). */
	static TheyDoFile named(Object data) {
		String name = data == null ? "" : data.toString().trim().toUpperCase(Locale.ROOT);
		for (TheyDoFile file : values()) {
			if (file.name().equals(name)) {
				return file;
			}
		}
		throw new IllegalArgumentException("no TheyDo file '" + data + "' (insights, opportunities, solutions, metrics)");
	}
}
