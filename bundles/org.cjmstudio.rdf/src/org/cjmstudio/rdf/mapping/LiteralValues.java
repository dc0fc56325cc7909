package org.cjmstudio.rdf.mapping;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;

/**
 * Attribute values as RDF terms and back: strings, xsd:integer, xsd:double, xsd:boolean, xsd:dateTime (UTC), and
 * enumeration literals as SKOS concepts.
 */
public final class LiteralValues {

	private LiteralValues() {
	}

	public static Node toNode(EDataType type, Object value) {
		if (type instanceof EEnum eEnum) {
			return FeatureTerms.concept(eEnum.getEEnumLiteral(((Enumerator) value).getValue()));
		}
		if (value instanceof Date date) {
			return NodeFactory.createLiteralDT(date.toInstant().toString(), XSDDatatype.XSDdateTime);
		}
		if (value instanceof Integer number) {
			return NodeFactory.createLiteralDT(number.toString(), XSDDatatype.XSDinteger);
		}
		if (value instanceof Double number) {
			return NodeFactory.createLiteralDT(number.toString(), XSDDatatype.XSDdouble);
		}
		if (value instanceof Boolean flag) {
			return NodeFactory.createLiteralDT(flag.toString(), XSDDatatype.XSDboolean);
		}
		return NodeFactory.createLiteralString(value.toString());
	}

	/**
	 * The attribute value a term stands for.
	 *
	 * @throws IllegalArgumentException with the reason when the term does not fit the attribute's type
	 */
	public static Object fromNode(EDataType type, Node node) {
		if (type instanceof EEnum eEnum) {
			EEnumLiteral literal = FeatureTerms.literalOf(eEnum, node);
			if (literal == null) {
				throw new IllegalArgumentException(node + " is not a concept of cjm:" + eEnum.getName());
			}
			return literal.getInstance();
		}
		if (!node.isLiteral()) {
			throw new IllegalArgumentException("expected a literal, found " + node);
		}
		String text = node.getLiteralLexicalForm().trim();
		Class<?> javaType = type.getInstanceClass();
		try {
			if (javaType == Date.class) {
				return Date.from(parseInstant(text));
			}
			if (javaType == Integer.class || javaType == int.class) {
				return Integer.valueOf(text);
			}
			if (javaType == Double.class || javaType == double.class) {
				return Double.valueOf(text);
			}
			if (javaType == Boolean.class || javaType == boolean.class) {
				if (!text.equals("true") && !text.equals("false") && !text.equals("1") && !text.equals("0")) {
					throw new IllegalArgumentException("'" + text + "' is not a boolean");
				}
				return text.equals("true") || text.equals("1");
			}
		} catch (NumberFormatException | DateTimeParseException e) {
			throw new IllegalArgumentException("'" + text + "' is not a valid " + type.getName(), e);
		}
		return node.getLiteralLexicalForm();
	}

	/** Hand-written files often leave out the time zone; such times are read as UTC. */
	private static Instant parseInstant(String text) {
		try {
			return OffsetDateTime.parse(text).toInstant();
		} catch (DateTimeParseException noOffset) {
			if (text.length() == 10) {
				return LocalDateTime.parse(text + "T00:00:00").toInstant(ZoneOffset.UTC);
			}
			return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
		}
	}
}
