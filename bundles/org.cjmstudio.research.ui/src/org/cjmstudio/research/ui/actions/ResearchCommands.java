package org.cjmstudio.research.ui.actions;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.Evidence;
import org.cjmstudio.model.Insight;
import org.cjmstudio.model.Interview;
import org.cjmstudio.model.Quote;
import org.cjmstudio.model.edit.domain.CommandLabels;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The EMF commands behind the Research view's actions, each one undoable step on the map's command stack, named for
 * the Edit menu ("Undo New Interview", "Undo Make Quote").
 */
public final class ResearchCommands {

	private ResearchCommands() {
	}

	/** Adds a new element of {@code kind} to {@code owner}; a new insight also cites the given interviews and quotes. */
	public static Command create(EditingDomain domain, NewEvidence kind, EObject owner, Evidence created,
			Collection<?> supporting) {
		Command add = AddCommand.create(domain, owner, kind.list(), created);
		if (created instanceof Insight insight && !supporting.isEmpty()) {
			Set<Interview> interviews = new LinkedHashSet<>();
			List<Quote> quotes = supporting.stream().filter(Quote.class::isInstance).map(Quote.class::cast).toList();
			for (Object element : supporting) {
				if (element instanceof Interview interview) {
					interviews.add(interview);
				} else if (element instanceof Quote quote && quote.eContainer() instanceof Interview interview) {
					interviews.add(interview);
				}
			}
			// The links are set on the new insight before it joins the map, so one Add carries them all.
			insight.getSupportedBy().addAll(interviews);
			insight.getQuotes().addAll(quotes);
		}
		return named(kind.actionLabel(), add);
	}

	/** Renames {@code element}: its title, or the words of a quote. */
	public static Command rename(EditingDomain domain, Evidence element, String name) {
		EAttribute feature = namingFeature(element);
		return named(CommandLabels.changing(element, feature).replace("Change Quote Text", "Edit Quote"),
				SetCommand.create(domain, element, feature, name));
	}

	/** What a rename changes: a quote is named by its words, everything else by its title. */
	public static EAttribute namingFeature(Evidence element) {
		return element instanceof Quote ? CjmPackage.Literals.QUOTE__TEXT : CjmPackage.Literals.EVIDENCE__TITLE;
	}

	/** The name a rename starts from. */
	public static String nameOf(Evidence element) {
		Object value = element.eGet(namingFeature(element));
		return value == null ? "" : value.toString();
	}

	static Command named(String label, Command command) {
		return new CommandWrapper(label, label, command);
	}

	/** A compound of {@code commands} as one step named {@code label}. */
	static Command named(String label, List<Command> commands) {
		CompoundCommand compound = new CompoundCommand(label);
		commands.forEach(compound::append);
		return compound;
	}
}
