package org.cjmstudio.research.transcripts;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.cjmstudio.model.persistence.MapFileCharacters;

/**
 * Reads a file as UTF-8 text, refusing what is not text: binary content, another encoding (decoded strictly, never
 * with replacement characters that would silently change a respondent's words), an empty file or one that is too
 * large. A UTF-8 byte order mark is allowed and dropped.
 */
final class TextFiles {

	private static final String SAVE_AS_UTF8 = "save it as UTF-8 (in most editors: Save As, encoding UTF-8) and import it again";

	private TextFiles() {
	}

	static String read(Path file, long maxBytes) throws RefusedTranscript {
		String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
		byte[] bytes = readBytes(file, name, maxBytes);
		if (bytes.length == 0) {
			throw refused(name, "the file is empty");
		}
		int start = hasUtf8Bom(bytes) ? 3 : 0;
		if (looksLikeUtf16(bytes)) {
			throw refused(name, "the file is UTF-16 text, not UTF-8; " + SAVE_AS_UTF8);
		}
		int nul = indexOf(bytes, (byte) 0, start);
		if (nul >= 0) {
			// Lines mean nothing in a binary file; the byte's position helps whoever looks at it with a hex viewer.
			throw refused(name, "the file holds binary content (a NUL byte at byte " + nul + "), not a transcript");
		}
		// A page break (Word's transcripts have them) is text to a reader, but a map file cannot hold it: it becomes a
		// line break, one character for one, so offsets into the transcript stay where they were.
		String text = decode(bytes, start, name).replace('\f', '\n');
		checkCharacters(text, name);
		if (text.isBlank()) {
			throw refused(name, "the file holds no text, only white space");
		}
		return text;
	}

	private static byte[] readBytes(Path file, String name, long maxBytes) throws RefusedTranscript {
		// A FIFO or device would block the reader, a folder cannot be read: refuse before opening anything.
		if (!Files.isRegularFile(file)) {
			throw refused(name, Files.exists(file) ? "not a regular file" : "the file does not exist");
		}
		try {
			long size = Files.size(file);
			if (size > maxBytes) {
				throw refused(name, "the file is too large for one transcript (" + TranscriptLimits.describe(size)
						+ "; at most " + TranscriptLimits.describe(maxBytes) + ")");
			}
			byte[] bytes = Files.readAllBytes(file);
			if (bytes.length > maxBytes) {
				throw refused(name, "the file grew while it was read and is now too large for one transcript");
			}
			return bytes;
		} catch (NoSuchFileException e) {
			throw refused(name, "the file does not exist");
		} catch (IOException e) {
			throw refused(name, "the file cannot be read (" + e.getMessage() + ")");
		}
	}

	private static String decode(byte[] bytes, int start, String name) throws RefusedTranscript {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer input = ByteBuffer.wrap(bytes, start, bytes.length - start);
		CharBuffer output = CharBuffer.allocate(bytes.length);
		CoderResult result = decoder.decode(input, output, true);
		if (result.isError()) {
			int at = input.position();
			throw new RefusedTranscript(new TranscriptProblem(name, lineAt(bytes, at), String.format(
					"the file is not UTF-8 text (byte 0x%02X cannot start or continue a UTF-8 character; it may be "
							+ "windows-1251 or another legacy encoding); " + SAVE_AS_UTF8,
					bytes[at] & 0xFF)));
		}
		try {
			result = decoder.flush(output);
			if (result.isError()) {
				result.throwException();
			}
		} catch (CharacterCodingException e) {
			throw refused(name, "the file ends in the middle of a UTF-8 character; " + SAVE_AS_UTF8);
		}
		output.flip();
		return output.toString();
	}

	/**
	 * Tabs and line breaks are text; other control characters and the non-characters U+FFFE/U+FFFF mean the file is
	 * not a transcript, and a map file could not hold them (the map would not save, or not open again).
	 */
	private static void checkCharacters(String text, String name) throws RefusedTranscript {
		int line = 1;
		for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
			int c = text.codePointAt(i);
			if (c == '\n') {
				line++;
			} else if (!MapFileCharacters.canHold(c)) {
				throw new RefusedTranscript(new TranscriptProblem(name, line, String.format(
						"the file holds binary content (%s U+%04X), not a transcript",
						Character.isISOControl(c) ? "control character" : "the non-character", c)));
			}
		}
	}

	private static boolean hasUtf8Bom(byte[] bytes) {
		return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
				&& (bytes[2] & 0xFF) == 0xBF;
	}

	private static boolean looksLikeUtf16(byte[] bytes) {
		return bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
				|| (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF);
	}

	private static int indexOf(byte[] bytes, byte wanted, int from) {
		for (int i = from; i < bytes.length; i++) {
			if (bytes[i] == wanted) {
				return i;
			}
		}
		return -1;
	}

	private static int lineAt(byte[] bytes, int offset) {
		int line = 1;
		for (int i = 0; i < offset && i < bytes.length; i++) {
			if (bytes[i] == '\n') {
				line++;
			}
		}
		return line;
	}

	private static RefusedTranscript refused(String name, String reason) {
		return new RefusedTranscript(TranscriptProblem.ofFile(name, reason));
	}
}
