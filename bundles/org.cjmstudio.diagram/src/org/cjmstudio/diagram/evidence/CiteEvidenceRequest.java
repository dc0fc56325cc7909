package org.cjmstudio.diagram.evidence;

import java.util.List;

import org.cjmstudio.model.Evidence;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.gef.Request;
import org.eclipse.gef.requests.DropRequest;

/** Research dragged from a view over the map: the card under the pointer is asked to cite it. */
public final class CiteEvidenceRequest extends Request implements DropRequest {

	public static final String TYPE = "cite evidence";

	private List<Evidence> evidence = List.of();
	private Point location;

	public CiteEvidenceRequest() {
		super(TYPE);
	}

	public List<Evidence> evidence() {
		return evidence;
	}

	void setEvidence(List<Evidence> evidence) {
		this.evidence = List.copyOf(evidence);
	}

	@Override
	public Point getLocation() {
		return location;
	}

	void setLocation(Point location) {
		this.location = location;
	}
}
