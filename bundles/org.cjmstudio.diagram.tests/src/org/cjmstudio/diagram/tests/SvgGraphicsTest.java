package org.cjmstudio.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.StringReader;
import java.io.StringWriter;

import javax.xml.parsers.DocumentBuilderFactory;

import org.cjmstudio.diagram.export.SvgGraphics;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.FontMetrics;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/**
 * Given figures that paint with draw2d, when they paint onto the SVG exporter, then texts keep their characters and
 * sit where SWT would draw them, clipping and translation hold as on screen, and the result is well-formed XML.
 */
class SvgGraphicsTest {

	private static final String SVG = "http://www.w3.org/2000/svg";

	@Test
	void textsClipsAndLinesComeOutAsTheScreenWouldShowThem() throws Exception {
		StringWriter out = new StringWriter();
		SvgGraphics graphics = new SvgGraphics(out, 200, 100, "R&D <map>", PlatformUI.getWorkbench().getDisplay());
		FontMetrics metrics;
		try {
			graphics.translate(10, 20);
			assertEquals(new Rectangle(-10, -20, 200, 100), graphics.getClip(new Rectangle()), "clip in local terms");
			metrics = graphics.getFontMetrics();
			graphics.drawText("Tom & Jerry <\"quote\">", 5, 5);
			graphics.pushState();
			graphics.clipRect(new Rectangle(0, 0, 10, 10));
			graphics.fillRectangle(0, 0, 50, 50);
			graphics.popState();
			graphics.setLineStyle(SWT.LINE_DASH);
			graphics.drawLine(0, 60, 100, 60);
			graphics.finish();
		} finally {
			graphics.dispose();
		}

		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document svg = factory.newDocumentBuilder().parse(new InputSource(new StringReader(out.toString())));
		assertEquals("R&D <map>", svg.getElementsByTagNameNS(SVG, "title").item(0).getTextContent());

		Element text = (Element) svg.getElementsByTagNameNS(SVG, "text").item(0);
		assertEquals("Tom & Jerry <\"quote\">", text.getTextContent());
		assertEquals("15", text.getAttribute("x"));
		assertEquals(Integer.toString(25 + metrics.getLeading() + metrics.getAscent()), text.getAttribute("y"),
				"SVG's y is the baseline, draw2d's the top");

		Element clipped = (Element) svg.getElementsByTagNameNS(SVG, "rect").item(1);
		assertEquals("50", clipped.getAttribute("width"));
		String clipId = clipped.getAttribute("clip-path").replaceAll("url\\(#(.*)\\)", "$1");
		Element clipRect = clipPathRect(svg, clipId);
		assertEquals("10", clipRect.getAttribute("x"));
		assertEquals("20", clipRect.getAttribute("y"));
		assertEquals("10", clipRect.getAttribute("width"));

		Element line = (Element) svg.getElementsByTagNameNS(SVG, "line").item(0);
		assertEquals("10.5", line.getAttribute("x1"), "1-pixel lines on the pixel's middle, as SWT draws them");
		assertEquals("80.5", line.getAttribute("y1"), "translation survives push and pop");
		assertFalse(line.getAttribute("stroke-dasharray").isEmpty(), "dashed as on screen");
		assertFalse(line.hasAttribute("clip-path"), "popState dropped the clip");
	}

	/** Without a DTD, XML parsers do not know "id" is an ID: find the clip path by its attribute. */
	private static Element clipPathRect(Document svg, String id) {
		var clipPaths = svg.getElementsByTagNameNS(SVG, "clipPath");
		for (int i = 0; i < clipPaths.getLength(); i++) {
			Element clipPath = (Element) clipPaths.item(i);
			if (id.equals(clipPath.getAttribute("id"))) {
				return (Element) clipPath.getElementsByTagNameNS(SVG, "rect").item(0);
			}
		}
		throw new AssertionError("no clipPath " + id);
	}
}
