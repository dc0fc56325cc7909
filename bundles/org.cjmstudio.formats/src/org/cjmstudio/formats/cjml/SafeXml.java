package org.cjmstudio.formats.cjml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.cjmstudio.model.formats.ImportRefusedException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads an XML file without letting it reach anything else: a DOCTYPE is refused outright (CJML needs none, and its
 * entities could pull a local file or the network into the map), external DTDs and schemas are never fetched, and
 * XInclude is off. A file that is not well-formed is refused with its line and column.
 */
final class SafeXml {

	private SafeXml() {
	}

	static Document read(Path file, String what) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		try {
			DocumentBuilder builder = factory().newDocumentBuilder();
			builder.setErrorHandler(new ErrorHandler() {
				@Override
				public void warning(SAXParseException exception) {
					// warnings (an unused namespace, say) do not make the file wrong
				}

				@Override
				public void error(SAXParseException exception) throws SAXException {
					throw exception;
				}

				@Override
				public void fatalError(SAXParseException exception) throws SAXException {
					throw exception;
				}
			});
			return builder.parse(new ByteArrayInputStream(bytes));
		} catch (SAXParseException damaged) {
			String reason = damaged.getMessage() != null && damaged.getMessage().contains("DOCTYPE")
					? "a DOCTYPE is not allowed (" + what + " needs none, and its entities could read other files)"
					: "not well-formed XML (" + damaged.getMessage() + ")";
			throw new ImportRefusedException(file.getFileName() + ": not " + what + ": line " + damaged.getLineNumber()
					+ ", column " + damaged.getColumnNumber() + ": " + reason, damaged);
		} catch (SAXException damaged) {
			throw new ImportRefusedException(file.getFileName() + ": not " + what + ": " + damaged.getMessage(), damaged);
		} catch (UnsupportedEncodingException unknown) {
			// its message is only the encoding's name; found by OpenFormatsFuzzTest ("UTF-NaN")
			throw new ImportRefusedException(file.getFileName() + ": not " + what + ": its XML declaration names the "
					+ "encoding '" + unknown.getMessage() + "', which Java cannot read; save it as UTF-8", unknown);
		} catch (IOException undecodable) {
			// the bytes are in memory, so nothing here is a reading problem: the text does not decode (bad UTF-8)
			throw new ImportRefusedException(file.getFileName() + ": not " + what + ": the text does not decode in "
					+ "its encoding (" + undecodable.getMessage() + "); save it as UTF-8", undecodable);
		} catch (ParserConfigurationException notSecurable) {
			throw new IOException("The XML parser of this Java cannot be made safe for " + file.getFileName()
					+ " (" + notSecurable.getMessage() + ")", notSecurable);
		}
	}

	private static DocumentBuilderFactory factory() throws ParserConfigurationException {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
		factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		factory.setXIncludeAware(false);
		factory.setExpandEntityReferences(false);
		factory.setNamespaceAware(false);
		return factory;
	}

	/** The child elements of {@code parent}, in document order. */
	static List<Element> children(Element parent) {
		List<Element> children = new ArrayList<>();
		if (parent == null) {
			return children;
		}
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element) {
				children.add(element);
			}
		}
		return children;
	}

	static List<Element> children(Element parent, String name) {
		return children(parent).stream().filter(child -> child.getTagName().equals(name)).toList();
	}

	static Element child(Element parent, String name) {
		return parent == null ? null
				: children(parent).stream().filter(child -> child.getTagName().equals(name)).findFirst().orElse(null);
	}

	/** The trimmed text of the named child, or null when there is none or it is blank. */
	static String text(Element parent, String name) {
		Element child = child(parent, name);
		if (child == null) {
			return null;
		}
		String text = child.getTextContent().strip();
		return text.isEmpty() ? null : text;
	}

	/**
	 * The trimmed value of an attribute, or null when it is absent or blank. CJMLExcel writes {@code phaseID =" X"},
	 * with a space in the value.
	 */
	static String attribute(Element element, String name) {
		if (element == null || !element.hasAttribute(name)) {
			return null;
		}
		String value = element.getAttribute(name).strip();
		return value.isEmpty() ? null : value;
	}
}
