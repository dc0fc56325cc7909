package org.cjmstudio.testing.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Damages a file the ways disks, editors, mail programs and hostile tools do: flipped bits, a cut-off end, lines
 * duplicated, deleted or swapped, control characters and broken UTF-8 put in, numbers far too big, nesting far too
 * deep. Each mutation says what it did, so a failure can be read without replaying it.
 */
public final class Mutations {

	/**
	 * How a format nests: what opens and closes one level (XML elements, Turtle blank nodes, JSON objects; quotes in
	 * text and CSV, which do not nest but whose readers must still not trip over a hundred thousand of them).
	 */
	public record Nesting(String open, String inner, String close) {
		public static final Nesting XML = new Nesting("<x>", "", "</x>");
		public static final Nesting TURTLE = new Nesting("[ <http://x/p> ", "1", " ]");
		public static final Nesting JSON = new Nesting("{\"http://x/p\":", "1", "}");
		public static final Nesting QUOTES = new Nesting("\"", "x", "\"");
	}

	/** One damaged copy and the list of what was done to it. */
	public record Mutant(byte[] bytes, List<String> done) {
	}

	private static final String[] CONTROL = { "\u0000", "\u0001", "\u0007", "\u001B", "\u007F", "\uFFFE", "\uFFFF",
			"\u2028", "\r", "\uFEFF" };
	/** Byte sequences that are not UTF-8: a lone surrogate, an overlong NUL, a stray continuation, a cut-off lead. */
	private static final byte[][] NOT_UTF8 = { { (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, { (byte) 0xC0, (byte) 0x80 },
			{ (byte) 0x80 }, { (byte) 0xE2, (byte) 0x82 } };
	private static final String[] HUGE = { "9".repeat(400), "-99999999999999999999", "1e99999", "NaN", "-0",
			"2147483648", "-2147483649", "0x7fffffff", "" };
	private static final int[] DEPTHS = { 50, 2_000, 100_000 };

	private final Random random;
	private final Nesting nesting;

	public Mutations(Random random, Nesting nesting) {
		this.random = random;
		this.nesting = nesting;
	}

	/** One to three mutations of {@code original}, picked by this mutator's random source. */
	public Mutant mutate(byte[] original) {
		byte[] bytes = original;
		List<String> done = new ArrayList<>();
		int count = 1 + random.nextInt(3);
		for (int i = 0; i < count; i++) {
			bytes = once(bytes, done);
		}
		return new Mutant(bytes, done);
	}

	private byte[] once(byte[] bytes, List<String> done) {
		if (bytes.length == 0) {
			done.add("empty");
			return bytes;
		}
		int at = random.nextInt(bytes.length);
		switch (random.nextInt(9)) {
		case 0 -> {
			byte[] copy = bytes.clone();
			int bit = 1 << random.nextInt(8);
			copy[at] ^= (byte) bit;
			done.add("flipped bit " + Integer.numberOfTrailingZeros(bit) + " of byte " + at);
			return copy;
		}
		case 1 -> {
			done.add("truncated to " + at + " bytes");
			return slice(bytes, 0, at);
		}
		case 2, 3, 4 -> {
			return lines(bytes, done);
		}
		case 5 -> {
			String control = CONTROL[random.nextInt(CONTROL.length)];
			done.add("inserted U+" + String.format("%04X", (int) control.charAt(0)) + " at " + at);
			return insert(bytes, at, control.getBytes(StandardCharsets.UTF_8));
		}
		case 6 -> {
			byte[] broken = NOT_UTF8[random.nextInt(NOT_UTF8.length)];
			done.add("inserted " + broken.length + " bytes of broken UTF-8 at " + at);
			return insert(bytes, at, broken);
		}
		case 7 -> {
			return hugeNumber(bytes, at, done);
		}
		default -> {
			int depth = DEPTHS[random.nextInt(DEPTHS.length)];
			done.add("nested " + depth + " levels at " + at);
			String deep = nesting.open().repeat(depth) + nesting.inner() + nesting.close().repeat(depth);
			return insert(bytes, at, deep.getBytes(StandardCharsets.UTF_8));
		}
		}
	}

	private byte[] lines(byte[] bytes, List<String> done) {
		List<String> lines = new ArrayList<>(List.of(new String(bytes, StandardCharsets.ISO_8859_1).split("\n", -1)));
		int line = random.nextInt(lines.size());
		switch (random.nextInt(3)) {
		case 0 -> {
			lines.add(line, lines.get(line));
			done.add("duplicated line " + (line + 1));
		}
		case 1 -> {
			lines.remove(line);
			done.add("deleted line " + (line + 1));
		}
		default -> {
			int other = random.nextInt(lines.size());
			String moved = lines.get(line);
			lines.set(line, lines.get(other));
			lines.set(other, moved);
			done.add("swapped lines " + (line + 1) + " and " + (other + 1));
		}
		}
		// ISO-8859-1 maps bytes one to one, so only the lines change, never the bytes inside them.
		return String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
	}

	private byte[] hugeNumber(byte[] bytes, int from, List<String> done) {
		for (int i = 0; i < bytes.length; i++) {
			int start = (from + i) % bytes.length;
			if (Character.isDigit(bytes[start]) && (start == 0 || !Character.isDigit(bytes[start - 1]))) {
				int end = start;
				while (end < bytes.length && Character.isDigit(bytes[end])) {
					end++;
				}
				String huge = HUGE[random.nextInt(HUGE.length)];
				done.add("number at " + start + " replaced by '" + (huge.length() > 20 ? huge.length() + " nines" : huge)
						+ "'");
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				out.write(bytes, 0, start);
				out.writeBytes(huge.getBytes(StandardCharsets.US_ASCII));
				out.write(bytes, end, bytes.length - end);
				return out.toByteArray();
			}
		}
		done.add("no number to enlarge");
		return bytes;
	}

	private static byte[] insert(byte[] bytes, int at, byte[] inserted) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + inserted.length);
		out.write(bytes, 0, at);
		out.writeBytes(inserted);
		out.write(bytes, at, bytes.length - at);
		return out.toByteArray();
	}

	private static byte[] slice(byte[] bytes, int from, int to) {
		byte[] part = new byte[to - from];
		System.arraycopy(bytes, from, part, 0, part.length);
		return part;
	}
}
