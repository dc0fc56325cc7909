package org.cjmstudio.model.persistence;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIHelperImpl;

/**
 * Reads dates in map files strictly. EMF parses {@code EDate} values with lenient {@code SimpleDateFormat}s, so
 * "2025-13-07" silently became 7 January 2026 and a hand-edited interview moved a month without anyone seeing it.
 * Here a date whose month, day or time of day does not exist is refused, and the load reports it with its line.
 */
final class StrictDates extends XMIHelperImpl {

	/** The forms EMF writes and reads: a date, optionally a time of day (seconds, fraction) and a zone. */
	private static final Pattern DATE = Pattern.compile(
			"(\\d{4})-(\\d{2})-(\\d{2})(?:T(\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d{1,9})?)?)?(?:Z|[+-]\\d{2}:?\\d{2})?");

	StrictDates(XMLResource resource) {
		super(resource);
	}

	@Override
	protected Object createFromString(EFactory factory, EDataType type, String value) {
		if (type == EcorePackage.Literals.EDATE && value != null) {
			check(value);
		}
		return super.createFromString(factory, type, value);
	}

	private static void check(String value) {
		Matcher date = DATE.matcher(value.trim());
		if (!date.matches()) {
			throw new IllegalArgumentException("'" + value + "' is not a date (expected e.g. 2025-04-07 or "
					+ "2025-04-07T12:00:00.000+0000)");
		}
		try {
			LocalDate.of(number(date, 1), number(date, 2), number(date, 3));
			if (date.group(4) != null) {
				LocalTime.of(number(date, 4), number(date, 5), date.group(6) == null ? 0 : number(date, 6));
			}
		} catch (DateTimeException e) {
			throw new IllegalArgumentException("'" + value + "' is not a real date: " + e.getMessage());
		}
	}

	private static int number(Matcher date, int group) {
		return Integer.parseInt(date.group(group));
	}
}
