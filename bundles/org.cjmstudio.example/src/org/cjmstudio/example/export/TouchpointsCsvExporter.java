package org.cjmstudio.example.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Stage;
import org.cjmstudio.model.Step;
import org.cjmstudio.model.Touchpoint;
import org.cjmstudio.model.formats.MapExporter;
import org.cjmstudio.model.persistence.AtomicFileWriter;

/**
 * Every touchpoint of the maps as one CSV row, for a spreadsheet or a channel-owner's review: map, stage, touchpoint,
 * channel, online, department, the steps it serves and its description. RFC 4180: comma-separated, fields quoted
 * when they hold a comma, quote or line break, CRLF line ends, UTF-8 with a byte-order mark so spreadsheet programs
 * read umlauts right.
 */
public final class TouchpointsCsvExporter implements MapExporter {

	static final String HEADER = "map,stage,touchpoint,channel,online,department,serves,description";

	@Override
	public void write(List<JourneyMap> maps, Path file) throws IOException {
		// atomic: a failed export leaves the file that was there
		AtomicFileWriter.write(file, out -> {
			Writer csv = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			csv.write('\uFEFF');
			csv.write(HEADER + "\r\n");
			for (JourneyMap map : maps) {
				for (Stage stage : map.getStages()) {
					for (Touchpoint touchpoint : stage.getTouchpoints()) {
						csv.write(row(map, stage, touchpoint) + "\r\n");
					}
				}
			}
			csv.flush();
		});
	}

	private static String row(JourneyMap map, Stage stage, Touchpoint touchpoint) {
		String serves = touchpoint.getServes().stream().map(Step::getName).collect(Collectors.joining("; "));
		return String.join(",", field(map.getTitle()), field(stage.getName()), field(touchpoint.getName()),
				field(touchpoint.getChannel() == null ? null : touchpoint.getChannel().getName()),
				touchpoint.isOnline() ? "yes" : "no", field(touchpoint.getDepartment()), field(serves),
				field(touchpoint.getDescription()));
	}

	private static String field(String text) {
		if (text == null) {
			return "";
		}
		return text.matches("(?s).*[\",\r\n].*") ? '"' + text.replace("\"", "\"\"") + '"' : text;
	}
}
