package org.cjmstudio.edit.ui.properties.editors;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Date;
import java.util.Set;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.WrappedException;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.ExtendedMetaData;

/**
 * The text form of one property's values, as its EMF data type defines it (the type's factory converts both ways),
 * and what is wrong with a text a user typed, in words the user can act on: "Valence must be a whole number, such
 * as 2; "abc" is not one." Range limits declared in the model (Valence: -3 to 3) are checked too.
 */
public final class DataTypeText {

	private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(int.class, Integer.class, long.class, Long.class,
			short.class, Short.class, byte.class, Byte.class, BigInteger.class);
	private static final Set<Class<?>> NUMBERS = Set.of(double.class, Double.class, float.class, Float.class,
			BigDecimal.class);

	private final EDataType type;
	private final String property;

	/** @param property the property's name as users see it, for messages ("Valence") */
	public DataTypeText(EDataType type, String property) {
		this.type = type;
		this.property = property;
	}

	public String property() {
		return property;
	}

	public String toText(Object value) {
		if (value == null) {
			return "";
		}
		String text = EcoreUtil.convertToString(type, value);
		return text == null ? "" : text;
	}

	/** The value for a text that {@link #problemWith(String)} accepted. An empty text clears an optional value. */
	public Object toValue(String text) {
		if (text.isEmpty() && !isText()) {
			return null;
		}
		return EcoreUtil.createFromString(type, isText() ? text : text.strip());
	}

	/** What is wrong with {@code text} as a value of this property, or {@code null} when it is a valid value. */
	public String problemWith(String text) {
		if (text.isEmpty() && !isText()) {
			return type.getInstanceClass() != null && type.getInstanceClass().isPrimitive()
					? property + " needs a value: " + expected() + "."
					: null;
		}
		Object value;
		try {
			value = toValue(text);
		} catch (IllegalArgumentException | WrappedException notConvertible) {
			// The factories report bad input as NumberFormatException, IllegalArgumentException (enum literals) or a
			// wrapped ParseException (dates); their messages are for developers, so say what is expected instead.
			return property + " must be " + expected() + "; \"" + text + "\" is not.";
		}
		return outsideLimits(value, text);
	}

	private String outsideLimits(Object value, String text) {
		BasicDiagnostic diagnostics = new BasicDiagnostic();
		if (Diagnostician.INSTANCE.validate(type, value, diagnostics, Diagnostician.INSTANCE.createDefaultContext())) {
			return null;
		}
		String min = ExtendedMetaData.INSTANCE.getMinInclusiveFacet(type);
		String max = ExtendedMetaData.INSTANCE.getMaxInclusiveFacet(type);
		if (min != null && max != null) {
			return property + " must be between " + min + " and " + max + "; " + text.strip() + " is not.";
		}
		String reason = diagnostics.getChildren().isEmpty() ? "it is not allowed here"
				: diagnostics.getChildren().get(0).getMessage();
		return property + " cannot be \"" + text + "\": " + reason;
	}

	private boolean isText() {
		return type.getInstanceClass() == String.class;
	}

	private String expected() {
		Class<?> instanceClass = type.getInstanceClass();
		if (WHOLE_NUMBERS.contains(instanceClass)) {
			return "a whole number, such as 2";
		}
		if (NUMBERS.contains(instanceClass)) {
			return "a number, such as 12.5";
		}
		if (instanceClass == Date.class) {
			return "a date, such as 2026-11-23";
		}
		if (instanceClass == boolean.class || instanceClass == Boolean.class) {
			return "true or false";
		}
		if (instanceClass == char.class || instanceClass == Character.class) {
			return "a single character";
		}
		return "a valid " + type.getName();
	}
}
