package org.cjmstudio.collab.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.cjmstudio.collab.merge.Conflict;
import org.cjmstudio.collab.merge.Conflict.Choice;
import org.cjmstudio.collab.merge.Conflict.Kind;
import org.cjmstudio.collab.merge.ThreeWayMerge;
import org.cjmstudio.collab.recording.ElementTriples;
import org.cjmstudio.model.Barrier;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Stage;
import org.cjmstudio.model.Touchpoint;
import org.cjmstudio.rdf.importing.RdfImport;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The merge of my unsent changes with someone else's, element by element and property by property. */
class ThreeWayMergeTest {

	private JourneyMap base;
	private final List<Conflict> asked = new ArrayList<>();

	@BeforeEach
	void loadTheSample() throws Exception {
		base = SampleMaps.b2c();
	}

	@Test
	void differentPropertiesOfOneCardCombineWithoutAsking() throws Exception {
		JourneyMap merged = merge(theirs -> SampleMaps.barrier(theirs, 0).setName("Sizes run small"),
				mine -> SampleMaps.barrier(mine, 0).setDropOffRate(31.0), Choice.MINE);
		assertTrue(asked.isEmpty());
		assertEquals("Sizes run small", SampleMaps.barrier(merged, 0).getName());
		assertEquals(31.0, SampleMaps.barrier(merged, 0).getDropOffRate());
	}

	@Test
	void editingACardTheOtherSideDeletedAsksAndKeepingMineBringsItBack() throws Exception {
		String name = SampleMaps.barrier(base, 1).getName();
		JourneyMap kept = merge(theirs -> EcoreUtil.delete(SampleMaps.barrier(theirs, 1), true),
				mine -> SampleMaps.barrier(mine, 1).setDescription("Seen in 7 of 12 interviews"), Choice.MINE);
		assertEquals(List.of(Kind.EDITED_ELEMENT_DELETED_THERE), asked.stream().map(Conflict::kind).toList());
		Barrier back = SampleMaps.barriers(kept).filter(b -> b.getName().equals(name)).findFirst().orElseThrow();
		assertEquals("Seen in 7 of 12 interviews", back.getDescription());

		asked.clear();
		JourneyMap dropped = merge(theirs -> EcoreUtil.delete(SampleMaps.barrier(theirs, 1), true),
				mine -> SampleMaps.barrier(mine, 1).setDescription("Seen in 7 of 12 interviews"), Choice.THEIRS);
		assertTrue(SampleMaps.barriers(dropped).noneMatch(b -> b.getName().equals(name)));
	}

	@Test
	void deletingACardTheOtherSideChangedAsks() throws Exception {
		JourneyMap merged = merge(theirs -> SampleMaps.barrier(theirs, 2).setName("Renamed there"),
				mine -> EcoreUtil.delete(SampleMaps.barrier(mine, 2), true), Choice.THEIRS);
		assertEquals(List.of(Kind.DELETED_ELEMENT_EDITED_THERE), asked.stream().map(Conflict::kind).toList());
		assertTrue(SampleMaps.barriers(merged).anyMatch(b -> b.getName().equals("Renamed there")));
	}

	@Test
	void twoDifferentOrdersOfTheStagesAskWhichOrderStands() throws Exception {
		JourneyMap merged = merge(theirs -> theirs.getStages().move(0, 5), mine -> mine.getStages().move(5, 1),
				Choice.MINE);
		assertEquals(List.of(Kind.LIST_ORDER), asked.stream().map(Conflict::kind).toList());
		JourneyMap mine = EcoreUtil.copy(base);
		mine.getStages().move(5, 1);
		assertEquals(mine.getStages().stream().map(Stage::getName).toList(), merged.getStages().stream().map(Stage::getName).toList());
	}

	@Test
	void twoCardsAddedToTheSameLaneAtOnceCombineWithoutAsking() throws Exception {
		int before = base.getStages().get(3).getTouchpoints().size();
		JourneyMap merged = merge(theirs -> theirs.getStages().get(3).getTouchpoints().add(touchpoint("Omar's")),
				mine -> mine.getStages().get(3).getTouchpoints().add(touchpoint("Lena's")), Choice.THEIRS);
		assertTrue(asked.isEmpty(), "appends to one lane are disjoint changes: " + asked);
		List<String> names = merged.getStages().get(3).getTouchpoints().stream().map(Touchpoint::getName).toList();
		assertEquals(before + 2, names.size(), names.toString());
		assertEquals(base.getStages().get(3).getTouchpoints().stream().map(Touchpoint::getName).toList(),
				names.subList(0, before), "the cards both had keep their order");
		assertEquals(List.of("Omar's", "Lena's"), names.subList(before, before + 2),
				"the card already on the server keeps its place, mine follows it (else my patch moves a colleague's card)");

		// the next round starts from that merge: two more appends there must combine as well
		asked.clear();
		base = merged;
		JourneyMap again = merge(theirs -> theirs.getStages().get(3).getTouchpoints().add(touchpoint("Omar's 2")),
				mine -> mine.getStages().get(3).getTouchpoints().add(touchpoint("Lena's 2")), Choice.THEIRS);
		assertTrue(asked.isEmpty(), "the second round's appends too: " + asked);
		assertEquals(List.of("Omar's", "Lena's", "Omar's 2", "Lena's 2"), again.getStages().get(3).getTouchpoints()
				.stream().map(Touchpoint::getName).toList().subList(before, before + 4));
	}

	private static Touchpoint touchpoint(String name) {
		Touchpoint touchpoint = org.cjmstudio.model.CjmFactory.eINSTANCE.createTouchpoint();
		touchpoint.setName(name);
		// these maps are in no resource, which would give the card its id when it joins
		touchpoint.setId(org.cjmstudio.model.ids.ElementIds.newId());
		return touchpoint;
	}

	private JourneyMap merge(Consumer<JourneyMap> theirChange, Consumer<JourneyMap> myChange, Choice answer)
			throws Exception {
		JourneyMap theirs = EcoreUtil.copy(base);
		JourneyMap mine = EcoreUtil.copy(base);
		theirChange.accept(theirs);
		myChange.accept(mine);
		Graph merged = ThreeWayMerge.merge(graph(base), graph(theirs), graph(mine), "omar", conflicts -> {
			asked.addAll(conflicts);
			Map<Conflict, Choice> choices = new HashMap<>();
			conflicts.forEach(conflict -> choices.put(conflict, answer));
			return choices;
		}).merged();
		return RdfImport.read(merged).maps().get(0);
	}

	private static Graph graph(JourneyMap map) {
		return ElementTriples.of(map).toGraph();
	}
}
