package org.cjmstudio.collab.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.cjmstudio.collab.apply.GraphToModel;
import org.cjmstudio.collab.apply.MapIris;
import org.cjmstudio.collab.patch.MapPatch;
import org.cjmstudio.collab.patch.PatchText;
import org.cjmstudio.collab.patch.TripleDiff;
import org.cjmstudio.collab.recording.ChangeSummaries;
import org.cjmstudio.collab.recording.CommandRecorder;
import org.cjmstudio.collab.recording.CommandRecorder.RecordedChange;
import org.cjmstudio.collab.recording.ElementTriples;
import org.cjmstudio.model.Barrier;
import org.cjmstudio.model.CjmFactory;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Stage;
import org.cjmstudio.model.comments.CommentThreads;
import org.cjmstudio.model.edit.domain.MapEditingDomains;
import org.cjmstudio.rdf.mapping.ElementIris;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every command on the B2C sample becomes one RDF Patch that keeps the change log's graph equal to a full export of
 * the map, and the patch, sent as text and applied to another copy of the map, makes that copy equal.
 */
class ChangeLogTest {

	private AdapterFactoryEditingDomain domain;
	private JourneyMap map;
	private JourneyMap copy;
	private final List<RecordedChange> recorded = new ArrayList<>();
	private CommandRecorder recorder;
	private int sentToCopy;

	@BeforeEach
	void openTheSample() throws Exception {
		domain = MapEditingDomains.newEditingDomain();
		map = SampleMaps.b2c();
		Resource resource = domain.getResourceSet().createResource(URI.createURI("test:/b2c.cjm"));
		resource.getContents().add(map);
		copy = EcoreUtil.copy(map);
		recorder = new CommandRecorder(map, domain.getCommandStack(), ElementTriples.of(map), recorded::add);
	}

	@Test
	void eachCommandUndoAndRedoIsOnePatchAndTheLogEqualsTheExport() throws Exception {
		Stage purchase = map.getStages().get(3);
		Barrier barrier = CjmFactory.eINSTANCE.createBarrier();
		barrier.setName("Hidden delivery costs");
		List<Command> commands = List.of(
				SetCommand.create(domain, SampleMaps.touchpoint(map, 0), CjmPackage.Literals.TOUCHPOINT__NAME,
						"Guest checkout"),
				AddCommand.create(domain, purchase, CjmPackage.Literals.STAGE__BARRIERS, barrier, 0),
				MoveCommand.create(domain, map, CjmPackage.Literals.JOURNEY_MAP__STAGES, map.getStages().get(5), 0),
				AddCommand.create(domain, barrier, CjmPackage.Literals.CJM_ELEMENT__COMMENT_THREADS,
						CommentThreads.open("lena", "Which interview says so?", new Date())),
				DeleteCommand.create(domain, SampleMaps.barrier(map, 2)),
				AddCommand.create(domain, map.getStages().get(1), CjmPackage.Literals.STAGE__BARRIERS,
						SampleMaps.barrier(map, 3)));
		int expected = 0;
		for (Command command : commands) {
			domain.getCommandStack().execute(command);
			assertEquals(++expected, recorded.size(), "one patch per command: " + command.getLabel());
			assertLogEqualsExportAndCopyFollows();
		}
		// the last command moved a barrier by adding it elsewhere: EMF's AddCommand undoes that by removing it
		domain.getCommandStack().undo();
		domain.getCommandStack().undo();
		domain.getCommandStack().redo();
		assertEquals(expected + 3, recorded.size(), "undo and redo are patches too");
		assertLogEqualsExportAndCopyFollows();
		assertEquals("renamed touchpoint 'Creator collaboration on Instagram' to 'Guest checkout'",
				ChangeSummaries.describe(recorded.get(0).changes(), recorded.get(0).touched(), "Set"));
		assertTrue(ChangeSummaries.describe(recorded.get(1).changes(), recorded.get(1).touched(), "Add")
				.startsWith("added barrier 'Hidden delivery costs' in stage"));
	}

	private void assertLogEqualsExportAndCopyFollows() throws Exception {
		Graph log = recorder.index().toGraph();
		Graph export = ElementTriples.of(map).toGraph();
		assertTrue(SampleMaps.same(log, export), () -> SampleMaps.difference(log, export));

		RecordedChange last = recorded.get(recorded.size() - 1);
		for (RecordedChange change : recorded.subList(sentToCopy, recorded.size())) {
			MapPatch sent = PatchText.read(PatchText.write(MapPatch.create(null, "lena", "", change.changes()),
					ElementIris.graphOf(map)), ElementIris.graphOf(map));
			Graph copyGraph = ElementTriples.of(copy).toGraph();
			sent.changes().applyTo(copyGraph);
			List<String> ids = new ArrayList<>();
			for (List<Triple> triples : List.of(sent.changes().deletes(), sent.changes().adds())) {
				triples.forEach(triple -> MapIris.elementIdOf(triple).ifPresent(ids::add));
			}
			new GraphToModel(copyGraph, copy).update(ids);
		}
		sentToCopy = recorded.size();
		Graph copyExport = ElementTriples.of(copy).toGraph();
		assertTrue(SampleMaps.same(export, copyExport), () -> "after '" + last.label() + "' the copy's export differs: "
				+ SampleMaps.difference(export, copyExport));
		assertTrue(EcoreUtil.equals(map, copy), () -> "after '" + last.label() + "' the copy differs from the map");
	}

	@Test
	void aPatchThatLeavesTheMapsGraphIsRefusedWhenRead() {
		TripleDiff none = new TripleDiff(List.of(), List.of());
		String text = PatchText.write(MapPatch.create(null, "lena", "", none), ElementIris.graphOf(map));
		Exception refused = org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
				() -> PatchText.read(text.replace("TX .", "TX .\nA <urn:a> <urn:b> <urn:c> <urn:elsewhere> ."),
						ElementIris.graphOf(map)));
		assertTrue(refused.getMessage().contains("outside the map's graph"), refused.getMessage());
	}
}
