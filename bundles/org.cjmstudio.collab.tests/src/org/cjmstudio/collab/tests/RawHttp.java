package org.cjmstudio.collab.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * HTTP as bytes, for the protocol fuzz: requests written to a socket exactly as given (a damaged request line, header
 * or length included, which no HTTP client library would send), and a loopback server that answers every request
 * with the bytes it is given (a damaged answer, which no real server would give).
 */
final class RawHttp {

	private RawHttp() {
	}

	/** A request from lena (password lena-secret), with its Content-Length, closing the connection after it. */
	static byte[] request(String method, String path, String contentType, String body) {
		return request(method, path, contentType, body.getBytes(StandardCharsets.UTF_8));
	}

	static byte[] request(String method, String path, String contentType, byte[] body) {
		String auth = Base64.getEncoder().encodeToString("lena:lena-secret".getBytes(StandardCharsets.UTF_8));
		String head = method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Basic " + auth + "\r\n"
				+ (contentType == null ? "" : "Content-Type: " + contentType + "\r\n") + "Content-Length: "
				+ body.length + "\r\nConnection: close\r\n\r\n";
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
		out.writeBytes(body);
		return out.toByteArray();
	}

	/** The head and the body of a request or answer: the bytes before and after the first empty line. */
	record Parts(byte[] head, byte[] body) {
		static Parts of(byte[] message) {
			for (int i = 0; i + 3 < message.length; i++) {
				if (message[i] == '\r' && message[i + 1] == '\n' && message[i + 2] == '\r' && message[i + 3] == '\n') {
					byte[] head = java.util.Arrays.copyOfRange(message, 0, i + 4);
					return new Parts(head, java.util.Arrays.copyOfRange(message, i + 4, message.length));
				}
			}
			return new Parts(message, new byte[0]);
		}

		/** The same head with its Content-Length set to {@code body}'s, and that body. */
		byte[] withBody(byte[] body) {
			String text = new String(head, StandardCharsets.ISO_8859_1)
					.replaceFirst("(?i)content-length: *\\d+", "Content-Length: " + body.length);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
			out.writeBytes(body);
			return out.toByteArray();
		}
	}

	/**
	 * Sends {@code request} to the port on loopback, ends the sending side (so a request shorter than it says is
	 * seen to end, not waited for) and reads the whole answer; empty when the server closed without one.
	 */
	static byte[] exchange(int port, byte[] request, int timeoutMillis) throws IOException {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
			socket.setSoTimeout(timeoutMillis);
			OutputStream out = socket.getOutputStream();
			try {
				out.write(request);
				out.flush();
				socket.shutdownOutput();
			} catch (IOException closedEarly) {
				// the server may answer and close before reading all of a bad request; what it said is read below
			}
			ByteArrayOutputStream answer = new ByteArrayOutputStream();
			InputStream in = socket.getInputStream();
			byte[] buffer = new byte[8192];
			try {
				for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
					answer.write(buffer, 0, read);
				}
			} catch (SocketTimeoutException hang) {
				throw new IOException("no complete answer within " + timeoutMillis + " ms (got "
						+ answer.size() + " bytes)", hang);
			} catch (IOException reset) {
				// a reset after the answer: keep what came
			}
			return answer.toByteArray();
		}
	}

	/** The status code of an answer, or -1 when it has no status line. */
	static int status(byte[] answer) {
		String text = new String(answer, 0, Math.min(answer.length, 20), StandardCharsets.ISO_8859_1);
		return text.matches("(?s)HTTP/1\\.[01] \\d{3}.*") ? Integer.parseInt(text.substring(9, 12)) : -1;
	}

	/** Whether an answer shows what only a crash would show: a Java stack trace or exception name. */
	static boolean showsAStackTrace(byte[] answer) {
		String text = new String(answer, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
		return text.contains("\tat ") || text.contains("caused by") || text.contains("exception:")
				|| text.contains("nullpointer") || text.contains(".java:");
	}

	/** A loopback server that answers each request with the bytes {@code answer} gives at that moment. */
	static final class ScriptedServer implements AutoCloseable {
		private final ServerSocket socket;
		private final Thread thread;

		ScriptedServer(Supplier<byte[]> answer) throws IOException {
			socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
			thread = new Thread(() -> {
				while (!socket.isClosed()) {
					try (Socket client = socket.accept()) {
						client.setSoTimeout(5_000);
						readRequest(client.getInputStream());
						client.getOutputStream().write(answer.get());
						client.getOutputStream().flush();
					} catch (IOException e) {
						// closed, or a client that went away: serve the next one
					}
				}
			}, "scripted HTTP server");
			thread.setDaemon(true);
			thread.start();
		}

		int port() {
			return socket.getLocalPort();
		}

		/** Reads the head and the body (by Content-Length), so the client has sent everything before it is answered. */
		private static void readRequest(InputStream in) throws IOException {
			ByteArrayOutputStream head = new ByteArrayOutputStream();
			int last = 0;
			for (int b = in.read(); b >= 0; b = in.read()) {
				head.write(b);
				last = (last << 8 | b) & 0xFFFFFFFF;
				if (last == 0x0D0A0D0A) {
					break;
				}
			}
			java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)")
					.matcher(head.toString(StandardCharsets.ISO_8859_1));
			if (length.find()) {
				in.readNBytes(Integer.parseInt(length.group(1)));
			}
		}

		@Override
		public void close() throws IOException {
			socket.close();
		}
	}
}
