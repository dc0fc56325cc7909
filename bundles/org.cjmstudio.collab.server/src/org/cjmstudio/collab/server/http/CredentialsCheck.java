package org.cjmstudio.collab.server.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

import org.apache.jena.atlas.json.JSON;
import org.cjmstudio.collab.client.ProtocolJson;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers a request whose Basic credentials are not Base64 with 401 and a reason, before Jetty's authenticator sees
 * it: that one decodes them unchecked and answered such a request with a 500 page naming its exception (found by
 * TeamProtocolFuzzTest). Wraps the whole Jetty server, so the SPARQL endpoint is covered too.
 */
final class CredentialsCheck extends Handler.Wrapper {

	CredentialsCheck(Handler handler) {
		super(handler);
	}

	@Override
	public boolean handle(Request request, Response response, Callback callback) throws Exception {
		String authorization = request.getHeaders().get(HttpHeader.AUTHORIZATION);
		if (authorization == null || readable(authorization)) {
			return super.handle(request, response, callback);
		}
		byte[] reason = JSON.toStringFlat(ProtocolJson.reason("The Authorization header does not hold a user name "
				+ "and password in Base64; log in again.")).getBytes(StandardCharsets.UTF_8);
		response.setStatus(401);
		response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
		response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Basic realm=\"CJM Studio team repository\"");
		response.write(true, ByteBuffer.wrap(reason), callback);
		return true;
	}

	/** Whether Jetty can read the credentials: another scheme (it ignores those) or Basic with valid Base64. */
	private static boolean readable(String authorization) {
		String[] parts = authorization.strip().split("\\s+", 2);
		if (!parts[0].toLowerCase(Locale.ROOT).equals("basic")) {
			return true;
		}
		try {
			return parts.length == 2 && new String(Base64.getDecoder().decode(parts[1]), StandardCharsets.UTF_8)
					.contains(":");
		} catch (IllegalArgumentException notBase64) {
			return false;
		}
	}
}
