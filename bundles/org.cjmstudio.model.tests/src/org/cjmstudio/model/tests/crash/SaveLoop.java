package org.cjmstudio.model.tests.crash;

import java.nio.file.Path;

import org.cjmstudio.model.CjmFactory;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.Stage;
import org.cjmstudio.model.Step;
import org.cjmstudio.model.persistence.MapFiles;
import org.cjmstudio.testing.processes.ChildJvm;

/**
 * The program {@link SaveCrashTest} kills: saves a big map to one file again and again, each time under a new title,
 * and prints {@code saved TITLE} once each save has returned. Arguments: the file, a round name, the number of steps.
 */
public final class SaveLoop {

	private SaveLoop() {
	}

	public static void main(String[] arguments) throws Exception {
		ChildJvm.exitWhenTheTestEnds();
		Path file = Path.of(arguments[0]);
		String round = arguments[1];
		JourneyMap map = bigMap(Integer.parseInt(arguments[2]));
		for (int version = 1;; version++) {
			map.setTitle(title(round, version));
			MapFiles.save(map, file);
			System.out.println("saved " + map.getTitle());
			System.out.flush();
		}
	}

	static String title(String round, int version) {
		return round + " version " + version;
	}

	/** Ten stages sharing {@code steps} steps, each step with a name and what the customer does. */
	static JourneyMap bigMap(int steps) {
		CjmFactory cjm = CjmFactory.eINSTANCE;
		JourneyMap map = cjm.createJourneyMap();
		for (int s = 0; s < 10; s++) {
			Stage stage = cjm.createStage();
			stage.setName("Stage " + s);
			map.getStages().add(stage);
		}
		for (int i = 0; i < steps; i++) {
			Step step = cjm.createStep();
			step.setName("Step " + i);
			step.setDoes("The customer compares delivery options and reads the returns policy, number " + i);
			map.getStages().get(i % 10).getSteps().add(step);
		}
		return map;
	}
}
