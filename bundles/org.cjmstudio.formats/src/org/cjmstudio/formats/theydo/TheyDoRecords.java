package org.cjmstudio.formats.theydo;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.cjmstudio.model.Barrier;
import org.cjmstudio.model.CjmElement;
import org.cjmstudio.model.ExternalLink;
import org.cjmstudio.model.Insight;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Metric;
import org.cjmstudio.model.Opportunity;
import org.cjmstudio.model.OpportunityStatus;
import org.cjmstudio.model.Quote;

/**
 * A map's insights, opportunities, solutions and metrics as TheyDo records: only the fields TheyDo's schemas allow
 * (they forbid any other), {@code importKey} and {@code title} always set. What has no field of its own goes into
 * the Markdown {@code description}; see README "Open journey formats" for what is lost.
 */
final class TheyDoRecords {

	/**
	 * CJM Studio keeps opportunities and solutions in one kind of card; a solution is an opportunity the team has
	 * decided to make: planned, in progress or done. Ideas and rejected ones are opportunities only.
	 */
	static final Set<OpportunityStatus> SOLUTION_STATUSES = Set.of(OpportunityStatus.PLANNED,
			OpportunityStatus.IN_PROGRESS, OpportunityStatus.DONE);

	private TheyDoRecords() {
	}

	static Map<String, Object> file(TheyDoFile kind, List<JourneyMap> maps) {
		List<Object> records = new ArrayList<>();
		for (int m = 0; m < maps.size(); m++) {
			JourneyMap map = maps.get(m);
			String keyPrefix = maps.size() > 1 ? "map" + (m + 1) + "-" : "";
			switch (kind) {
			case INSIGHTS -> {
				for (int i = 0; i < map.getInsights().size(); i++) {
					records.add(insight(map.getInsights().get(i), keyPrefix + "insight-" + (i + 1), i + 1));
				}
			}
			case OPPORTUNITIES, SOLUTIONS -> {
				for (int i = 0; i < map.getOpportunities().size(); i++) {
					Opportunity opportunity = map.getOpportunities().get(i);
					if (kind == TheyDoFile.OPPORTUNITIES || SOLUTION_STATUSES.contains(opportunity.getStatus())) {
						records.add(opportunity(opportunity, keyPrefix + "opportunity-" + (i + 1), i + 1));
					}
				}
			}
			case METRICS -> {
				for (int i = 0; i < map.getMetrics().size(); i++) {
					records.add(metric(map.getMetrics().get(i), keyPrefix + "metric-" + (i + 1)));
				}
			}
			}
		}
		Map<String, Object> file = new LinkedHashMap<>();
		file.put("format", kind.format);
		file.put(kind.recordsKey, records);
		return file;
	}

	private static Map<String, Object> insight(Insight insight, String fallbackKey, int number) {
		Map<String, Object> record = keyed(insight, fallbackKey,
				firstOf(insight.getTitle(), insight.getStatement(), "Insight " + number));
		Markdown description = new Markdown();
		if (present(insight.getTitle())) {
			description.paragraph(insight.getStatement());
		}
		description.paragraph(insight.getDescription());
		for (Quote quote : insight.getQuotes()) {
			description.quote(firstOf(quote.getText(), quote.getTitle(), null));
		}
		description.putInto(record);
		links(insight, record);
		if (insight.getKind() != null) {
			record.put("tags", List.of(words(insight.getKind().getName())));
		}
		return record;
	}

	private static Map<String, Object> opportunity(Opportunity opportunity, String fallbackKey, int number) {
		Map<String, Object> record = keyed(opportunity, fallbackKey,
				firstOf(opportunity.getTitle(), null, "Opportunity " + number));
		Markdown description = new Markdown();
		description.paragraph(opportunity.getDescription());
		description.field("Hypothesis", opportunity.getHypothesis());
		description.field("Owner", opportunity.getOwner());
		description.field("Stage", opportunity.getStage() == null ? null : opportunity.getStage().getName());
		description.field("Addresses", opportunity.getAddresses().stream().map(Barrier::getName)
				.filter(TheyDoRecords::present).collect(Collectors.joining("; ")));
		description.field("Metrics", opportunity.getMetrics().stream().map(Metric::getName)
				.filter(TheyDoRecords::present).collect(Collectors.joining("; ")));
		description.putInto(record);
		links(opportunity, record);
		if (opportunity.getStatus() != null) {
			record.put("status", words(opportunity.getStatus().getName()));
		}
		return record;
	}

	/**
	 * TheyDo's CES, CSAT and NPS metrics need respondent counts per answer that a map does not hold, so every metric
	 * goes as OTHER (averaged) with its one value as the data point; its kind and target are told in the description.
	 */
	private static Map<String, Object> metric(Metric metric, String fallbackKey) {
		Map<String, Object> record = new LinkedHashMap<>();
		record.put("type", "OTHER");
		record.putAll(keyed(metric, fallbackKey, firstOf(metric.getName(), null,
				metric.getKind() == null ? "Metric" : kind(metric))));
		Markdown description = new Markdown();
		description.field("Kind", metric.getKind() == null ? null : kind(metric));
		description.field("Target", metric.getTarget() == null ? null : number(metric.getTarget(), metric.getUnit()));
		description.field("Stage", metric.getStage() == null ? null : metric.getStage().getName());
		description.field("Source", firstOf(metric.getSource() == null ? null : metric.getSource().getTitle(),
				metric.getSourceNote(), null));
		description.putInto(record);
		record.put("unit", metric.getUnit() == null ? "" : metric.getUnit());
		List<Object> dataPoints = new ArrayList<>();
		if (metric.getValue() != null && metric.getDate() != null && Double.isFinite(metric.getValue())) {
			Map<String, Object> point = new LinkedHashMap<>();
			point.put("dateOfMeasurement", isoDate(metric.getDate()));
			point.put("value", metric.getValue());
			dataPoints.add(point);
		}
		record.put("dataPoints", dataPoints);
		record.put("aggregationMethod", "AVERAGE");
		return record;
	}

	private static Map<String, Object> keyed(CjmElement element, String fallbackKey, String title) {
		Map<String, Object> record = new LinkedHashMap<>();
		record.put("importKey", present(element.getId()) ? element.getId() : fallbackKey);
		record.put("title", title);
		return record;
	}

	private static void links(CjmElement element, Map<String, Object> record) {
		List<String> links = element.getExternalLinks().stream().map(ExternalLink::getTarget)
				.filter(TheyDoRecords::present).toList();
		if (!links.isEmpty()) {
			record.put("externalLinks", links);
		}
	}

	static String isoDate(Date date) {
		return date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString();
	}

	private static String number(double value, String unit) {
		String text = value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
		return present(unit) ? text + " " + unit : text;
	}

	/** "NPS", "CSAT", "CES" as they are written; the others in words ("Drop off rate"). */
	private static String kind(Metric metric) {
		String name = metric.getKind().getName();
		return name.length() <= 4 ? name : words(name);
	}

	/** "IN_PROGRESS" -> "In progress". */
	private static String words(String constant) {
		String lower = constant.replace('_', ' ').toLowerCase(Locale.ROOT);
		return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
	}

	private static String firstOf(String first, String second, String fallback) {
		if (present(first)) {
			return first.strip();
		}
		return present(second) ? second.strip() : fallback;
	}

	static boolean present(String text) {
		return text != null && !text.isBlank();
	}
}
