package org.eclipse.jface.util;

/**
 * GEF 3.2 (the only GEF on Maven Central) calls JFace's {@code Assert}, which JFace removed long ago; without it a
 * GEF editor cannot even be created ({@code NoClassDefFoundError} from {@code ActionRegistry}). This fragment of
 * {@code org.eclipse.jface} puts back the four methods GEF uses, with the signatures GEF was compiled against, delegating to Equinox's
 * {@link org.eclipse.core.runtime.Assert}.
 */
public final class Assert {

	private Assert() {
	}

	public static void isNotNull(Object object) {
		org.eclipse.core.runtime.Assert.isNotNull(object);
	}

	public static void isNotNull(Object object, String message) {
		org.eclipse.core.runtime.Assert.isNotNull(object, message);
	}

	public static boolean isTrue(boolean expression) {
		return org.eclipse.core.runtime.Assert.isTrue(expression);
	}

	public static boolean isTrue(boolean expression, String message) {
		return org.eclipse.core.runtime.Assert.isTrue(expression, message);
	}
}
