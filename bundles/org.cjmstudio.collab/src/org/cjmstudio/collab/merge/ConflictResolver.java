package org.cjmstudio.collab.merge;

import java.util.List;
import java.util.Map;

/**
 * Asks the user how to settle the conflicts of one rebase: the workbench shows the three-way dialog, tests answer
 * directly. Called on the thread that owns the map; must answer every conflict.
 */
@FunctionalInterface
public interface ConflictResolver {

	Map<Conflict, Conflict.Choice> resolve(List<Conflict> conflicts);
}
