package org.cjmstudio.model.tests.samples;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

import org.cjmstudio.model.Barrier;
import org.cjmstudio.model.Channel;
import org.cjmstudio.model.ChannelCategory;
import org.cjmstudio.model.CjmElement;
import org.cjmstudio.model.CjmFactory;
import org.cjmstudio.model.Evidence;
import org.cjmstudio.model.ExternalLink;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.LinkKind;
import org.cjmstudio.model.MapStatus;
import org.cjmstudio.model.Metric;
import org.cjmstudio.model.MetricKind;
import org.cjmstudio.model.Opportunity;
import org.cjmstudio.model.OpportunityStatus;
import org.cjmstudio.model.PersonaKind;
import org.cjmstudio.model.Stage;
import org.cjmstudio.model.templates.JourneyMapTemplates;
import org.cjmstudio.model.templates.StandardChannel;
import org.cjmstudio.model.templates.StandardStage;
import org.cjmstudio.samples.SampleMap;

/**
 * Writes a sample map concisely: starts from the standard template (six stages, standard channels) and hands out
 * small builders for the stages' cards, the personas and the research; holds the map-level opportunities and metrics
 * itself. {@link #build(SampleMap, String, String)} fixes ids and dates so the result is the same on every run.
 */
final class SampleMapBuilder {

	private static final CjmFactory FACTORY = CjmFactory.eINSTANCE;

	private final JourneyMap map;

	SampleMapBuilder(String title) {
		map = JourneyMapTemplates.newStandardMap(title);
	}

	/** Noon UTC of an ISO date ({@code 2025-03-14}): the same instant on every machine, the same day almost everywhere. */
	static Date day(String isoDate) {
		return Date.from(LocalDate.parse(isoDate).atTime(12, 0).toInstant(ZoneOffset.UTC));
	}

	SampleMapBuilder about(String description, String scope, String owner, String team, MapStatus status) {
		map.setDescription(description);
		map.setScope(scope);
		map.setOwner(owner);
		map.setTeam(team);
		map.setStatus(status);
		return this;
	}

	/** The cards of the template's stage of this kind, with the stage described in the sample's words. */
	StageCards stage(StandardStage standard, String description) {
		Stage stage = map.getStages().stream().filter(candidate -> candidate.getKind() == standard.kind()).findFirst()
				.orElseThrow(() -> new IllegalStateException("The template has no stage " + standard));
		stage.setDescription(description);
		return new StageCards(stage);
	}

	/** The template's channel of this standard category. */
	Channel channel(StandardChannel standard) {
		return map.getChannels().stream().filter(channel -> channel.getCategory() == standard.category()).findFirst()
				.orElseThrow(() -> new IllegalStateException("The template has no channel " + standard));
	}

	/** A channel of the team's own, added to the map's vocabulary. */
	Channel addChannel(String name, ChannelCategory category, boolean online, String description) {
		Channel channel = FACTORY.createChannel();
		channel.setName(name);
		channel.setCategory(category);
		channel.setOnline(online);
		channel.setDescription(description);
		map.getChannels().add(channel);
		return channel;
	}

	PersonaBuilder persona(String name, PersonaKind kind) {
		return new PersonaBuilder(map, name, kind);
	}

	ResearchBuilder research() {
		return new ResearchBuilder(map);
	}

	/** A metric with current value and target; {@code stage} is null for the whole journey. */
	Metric metric(String name, MetricKind kind, double value, double target, String unit, String date, Stage stage,
			Evidence source) {
		Metric metric = FACTORY.createMetric();
		metric.setName(name);
		metric.setKind(kind);
		metric.setValue(value);
		metric.setTarget(target);
		metric.setUnit(unit);
		metric.setDate(day(date));
		metric.setStage(stage);
		metric.setSource(source);
		map.getMetrics().add(metric);
		return metric;
	}

	Opportunity opportunity(String title, Stage stage, OpportunityStatus status, String owner, String description,
			String hypothesis, List<Barrier> addresses, Metric... metrics) {
		Opportunity opportunity = FACTORY.createOpportunity();
		opportunity.setTitle(title);
		opportunity.setStage(stage);
		opportunity.setStatus(status);
		opportunity.setOwner(owner);
		opportunity.setDescription(description);
		opportunity.setHypothesis(hypothesis);
		opportunity.getAddresses().addAll(addresses);
		opportunity.getMetrics().addAll(List.of(metrics));
		map.getOpportunities().add(opportunity);
		return opportunity;
	}

	/** Links {@code element} to a record outside the map. */
	static ExternalLink link(CjmElement element, String target, LinkKind kind, String label) {
		ExternalLink link = FACTORY.createExternalLink();
		link.setTarget(target);
		link.setKind(kind);
		link.setLabel(label);
		element.getExternalLinks().add(link);
		return link;
	}

	/** The finished map, with ids derived from the sample's file name and the given creation and change dates. */
	JourneyMap build(SampleMap sample, String created, String modified) {
		map.setCreated(day(created));
		map.setModified(day(modified));
		DeterministicIds.assign(map, sample.fileName().replaceFirst("\\.cjm$", ""));
		return map;
	}
}
