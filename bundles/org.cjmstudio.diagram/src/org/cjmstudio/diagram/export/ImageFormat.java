package org.cjmstudio.diagram.export;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The formats a journey map exports to as a picture or document, told apart by the file name's extension. */
public enum ImageFormat {

	/** Pixels exactly as the editor shows them at 100 %: for slides, wikis and chat. */
	PNG("png"),
	/** A scalable drawing whose texts stay text: for web pages and further editing. */
	SVG("svg"),
	/** A vector document with the fonts embedded: what stakeholders read and print (one page, or A4/A3 pages). */
	PDF("pdf");

	private final String extension;

	ImageFormat(String extension) {
		this.extension = extension;
	}

	/** The file name extension, without the dot. */
	public String extension() {
		return extension;
	}

	/** The format a file name asks for, if its extension is one we write (in any letter case). */
	public static Optional<ImageFormat> forFile(Path file) {
		String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
		for (ImageFormat format : values()) {
			if (name.endsWith("." + format.extension)) {
				return Optional.of(format);
			}
		}
		return Optional.empty();
	}

	/** Like {@link #forFile} but insists: the caller has no other way to know the format. */
	public static ImageFormat of(Path file) {
		return forFile(file).orElseThrow(() -> new IllegalArgumentException(
				"Cannot export the map to '" + file + "': the file name must end in .png, .svg or .pdf."));
	}
}
