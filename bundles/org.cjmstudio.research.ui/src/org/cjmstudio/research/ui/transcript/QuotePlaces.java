package org.cjmstudio.research.ui.transcript;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.cjmstudio.model.Interview;
import org.cjmstudio.model.Quote;

/**
 * Where an interview's quotes sit in its transcript while the analyst edits it: an edit before a quote moves it, an
 * edit inside it makes it longer or shorter, so each quote still points at its words when the edit is committed.
 * Offsets and lengths are in UTF-16 code units, as Java strings and SWT count them.
 */
final class QuotePlaces {

	/** A quote's place: start offset and length. */
	record Place(int offset, int length) {
		int end() {
			return offset + length;
		}
	}

	private final Map<Quote, Place> places = new LinkedHashMap<>();
	private final Set<Quote> lost = new LinkedHashSet<>();

	/** The places the model holds for {@code interview}'s quotes that have one and lie inside the transcript. */
	static QuotePlaces of(Interview interview) {
		QuotePlaces result = new QuotePlaces();
		int textLength = interview.getTranscript() == null ? 0 : interview.getTranscript().length();
		for (Quote quote : interview.getQuotes()) {
			Integer offset = quote.getTranscriptOffset();
			Integer length = quote.getTranscriptLength();
			if (offset != null && length != null && offset >= 0 && length > 0 && offset + length <= textLength) {
				result.places.put(quote, new Place(offset, length));
			}
		}
		return result;
	}

	Map<Quote, Place> places() {
		return places;
	}

	/** Follows an edit that replaced {@code replaced} characters at {@code start} by {@code inserted} characters. */
	void edited(int start, int replaced, int inserted) {
		int delta = inserted - replaced;
		int editEnd = start + replaced;
		places.replaceAll((quote, place) -> {
			if (start >= place.end()) {
				return place; // after the quote (typing right behind it does not grow it)
			}
			if (editEnd <= place.offset()) {
				return new Place(place.offset() + delta, place.length()); // before it
			}
			// Overlapping: the quote spans from its first surviving character to its last one.
			int newStart = Math.min(place.offset(), start);
			int newEnd = Math.max(place.end(), editEnd) + delta;
			return new Place(newStart, Math.max(0, newEnd - newStart));
		});
		places.entrySet().removeIf(entry -> {
			if (entry.getValue().length() == 0) {
				lost.add(entry.getKey());
				return true;
			}
			return false;
		});
	}

	/** Quotes whose words were deleted from the transcript: they no longer have a place in it. */
	Set<Quote> lost() {
		return lost;
	}
}
