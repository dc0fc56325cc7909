package org.cjmstudio.diagram.links;

import java.net.URI;
import java.net.URISyntaxException;

import org.cjmstudio.model.CjmElement;
import org.cjmstudio.model.CjmFactory;
import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.ExternalLink;
import org.cjmstudio.model.LinkKind;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Links an element of a map to a record elsewhere (a Wikidata item, a company knowledge-base page, a CRM record):
 * stored in the map, exported as {@code owl:sameAs}, {@code skos:exactMatch}, {@code skos:closeMatch} or
 * {@code rdfs:seeAlso}.
 */
public final class ExternalLinks {

	private ExternalLinks() {
	}

	/** Why {@code text} cannot be a link target, or null if it can: an absolute IRI such as https://... or urn:... */
	public static String problemWith(String text) {
		if (text == null || text.isBlank()) {
			return "Enter the address of the record, e.g. https://www.wikidata.org/wiki/Q9158.";
		}
		try {
			URI iri = new URI(text.strip());
			return iri.isAbsolute() ? null : "'" + text.strip() + "' is not an absolute address (it needs https:, "
					+ "http: or urn: in front).";
		} catch (URISyntaxException e) {
			return "'" + text.strip() + "' is not a valid address: " + e.getReason() + ".";
		}
	}

	/** One undoable command adding the link to {@code element}. */
	public static Command add(EditingDomain domain, CjmElement element, String target, LinkKind kind, String label) {
		String problem = problemWith(target);
		if (problem != null) {
			throw new IllegalArgumentException(problem);
		}
		ExternalLink link = CjmFactory.eINSTANCE.createExternalLink();
		link.setTarget(target.strip());
		link.setKind(kind);
		link.setLabel(label == null || label.isBlank() ? null : label.strip());
		return AddCommand.create(domain, element, CjmPackage.Literals.CJM_ELEMENT__EXTERNAL_LINKS, link);
	}

	/** How the kinds read in the dialog: what the link says about the two things. */
	public static String describe(LinkKind kind) {
		return switch (kind) {
			case SAME_AS -> "is the same thing as (owl:sameAs)";
			case EXACT_MATCH -> "means exactly (skos:exactMatch)";
			case CLOSE_MATCH -> "means nearly (skos:closeMatch)";
			case SEE_ALSO -> "is described further at (rdfs:seeAlso)";
		};
	}
}
