package org.cjmstudio.diagram.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;

/**
 * The fonts of one PDF: the screen font's TrueType file embedded as a subset (so every character a map uses shows,
 * in any language, and the file stays small), found among the usual font folders; Helvetica, one of the PDF
 * standard fonts, where no such file is found (then characters outside Latin-1 print as "?").
 */
final class PdfFonts {

	private static final List<Path> FONT_FOLDERS = List.of(Path.of("/usr/share/fonts"),
			Path.of("/usr/local/share/fonts"), Path.of(System.getProperty("user.home"), ".fonts"),
			Path.of("/Library/Fonts"), Path.of("/System/Library/Fonts/Supplemental"), Path.of("C:/Windows/Fonts"));
	private static final List<String> REGULAR = List.of("DejaVuSans.ttf", "LiberationSans-Regular.ttf", "Arial.ttf",
			"arial.ttf");
	private static final List<String> BOLD = List.of("DejaVuSans-Bold.ttf", "LiberationSans-Bold.ttf",
			"Arial Bold.ttf", "arialbd.ttf");

	/** Font files found so far, by the names looked for: the folders are searched once per run. */
	private static final Map<List<String>, java.util.Optional<Path>> FOUND = new java.util.concurrent.ConcurrentHashMap<>();

	private final PDDocument document;
	private final Map<Boolean, PDFont> loaded = new HashMap<>();

	PdfFonts(PDDocument document) {
		this.document = document;
	}

	/** The PDF font for text in {@code font}: bold or regular. */
	PDFont of(Font font) {
		FontData data = font.getFontData()[0];
		boolean bold = (data.getStyle() & SWT.BOLD) != 0;
		return loaded.computeIfAbsent(bold, this::load);
	}

	private PDFont load(boolean bold) {
		Path file = FOUND.computeIfAbsent(bold ? BOLD : REGULAR, names -> java.util.Optional.ofNullable(find(names)))
				.orElse(null);
		if (file != null) {
			try {
				return PDType0Font.load(document, file.toFile());
			} catch (IOException e) {
				// an unreadable font file: fall back to the standard font below
			}
		}
		return new PDType1Font(bold ? Standard14Fonts.FontName.HELVETICA_BOLD : Standard14Fonts.FontName.HELVETICA);
	}

	/** {@code text} with what the font cannot show replaced by "?", so one odd character never fails an export. */
	static String printable(PDFont font, String text) {
		StringBuilder shown = new StringBuilder();
		text.codePoints().forEach(codePoint -> {
			String character = new String(Character.toChars(codePoint));
			try {
				font.encode(character);
				shown.append(character);
			} catch (IOException | IllegalArgumentException e) {
				shown.append('?');
			}
		});
		return shown.toString();
	}

	private static Path find(List<String> names) {
		for (Path folder : FONT_FOLDERS) {
			if (!Files.isDirectory(folder)) {
				continue;
			}
			List<Path> files;
			try (var walk = Files.walk(folder, 4)) {
				files = walk.filter(path -> path.getFileName() != null).toList();
			} catch (IOException | java.io.UncheckedIOException e) {
				continue; // an unreadable folder: try the next one
			}
			for (String name : names) {
				for (Path file : files) {
					if (file.getFileName().toString().equals(name)) {
						return file;
					}
				}
			}
		}
		return null;
	}
}
