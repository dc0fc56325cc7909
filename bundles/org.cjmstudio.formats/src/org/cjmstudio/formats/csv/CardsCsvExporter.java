package org.cjmstudio.formats.csv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.formats.MapExporter;
import org.cjmstudio.model.persistence.AtomicFileWriter;

/**
 * The cards of the maps as CSV (format {@code cards-csv}): one row per card, columns map, stage, lane, name, details,
 * evidence level (see {@link CardRows}). RFC 4180 with CRLF line ends, UTF-8 with a byte-order mark so spreadsheet
 * programs read umlauts right.
 */
public final class CardsCsvExporter implements MapExporter {

	@Override
	public void write(List<JourneyMap> maps, Path file) throws IOException {
		StringBuilder csv = new StringBuilder("\uFEFF").append(Csv.row(CardRows.HEADER));
		for (JourneyMap map : maps) {
			CardRows.of(map).forEach(row -> csv.append(Csv.row(row)));
		}
		AtomicFileWriter.write(file, out -> out.write(csv.toString().getBytes(StandardCharsets.UTF_8)));
	}
}
