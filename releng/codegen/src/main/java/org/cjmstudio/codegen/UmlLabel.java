/*
 * Copyright (c) the CJM Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cjmstudio.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.ETypedElement;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.ExtendedMetaData;

/**
 * The UML notation of {@link ClassDiagram}: Graphviz HTML-like labels of classes (name over
 * attributes) and of enumerations and data types, and the text of types and multiplicities.
 */
final class UmlLabel
{
  static final String TABLE = "<table border=\"0\" cellborder=\"1\" cellspacing=\"0\" cellpadding=\"4\" bgcolor=\"white\">";

  private UmlLabel()
  {
  }

  static String classTable(EClass eClass, String color, boolean attributes)
  {
    StringBuilder label = new StringBuilder(TABLE)
      .append("<tr><td bgcolor=\"").append(color).append("\">")
      .append(eClass.isAbstract() ? name(eClass) : "<b>" + name(eClass) + "</b>").append("</td></tr>");
    if (attributes)
    {
      List<String> lines = new ArrayList<>();
      for (EAttribute attribute : eClass.getEAttributes())
      {
        lines.add(html(attribute.getName() + " : " + typeName(attribute.getEType())
          + (attribute.isMany() || attribute.isRequired() ? " " + multiplicity(attribute) : "") + (attribute.isID() ? " {id}" : "")));
      }
      label.append("<tr><td align=\"left\" balign=\"left\">").append(String.join("<br/>", lines)).append("</td></tr>");
    }
    return label.append("</table>").toString();
  }

  static String typeTable(EDataType type)
  {
    StringBuilder label = new StringBuilder(TABLE)
      .append("<tr><td bgcolor=\"#fff4c2\"><font point-size=\"11\">").append(type instanceof EEnum ? "«enumeration»" : "«datatype»")
      .append("</font><br/><b>").append(type.getName()).append("</b></td></tr>")
      .append("<tr><td align=\"left\" balign=\"left\"><font point-size=\"12\">");
    if (type instanceof EEnum eEnum)
    {
      label.append(wrap(eEnum.getELiterals().stream().map(EEnumLiteral::getName).toList(), 30));
    }
    else
    {
      ExtendedMetaData metaData = ExtendedMetaData.INSTANCE;
      String min = metaData.getMinInclusiveFacet(type);
      String max = metaData.getMaxInclusiveFacet(type);
      String range = min != null || max != null ? ", " + min + " .. " + max : "";
      label.append(html(type.getInstanceClassName().replaceFirst(".*\\.", "") + range));
    }
    return label.append("</font></td></tr></table>").toString();
  }

  /** Joins words with ", " into lines of at most {@code width} characters (longer words get a line of their own). */
  private static String wrap(List<String> words, int width)
  {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : words)
    {
      if (line.length() > 0 && line.length() + word.length() + 2 > width)
      {
        lines.add(line.append(",").toString());
        line.setLength(0);
      }
      line.append(line.length() > 0 ? ", " : "").append(word);
    }
    lines.add(line.toString());
    return lines.stream().map(UmlLabel::html).collect(Collectors.joining("<br/>"));
  }

  static String multiplicity(ETypedElement element)
  {
    String upper = element.getUpperBound() == ETypedElement.UNBOUNDED_MULTIPLICITY ? "*" : String.valueOf(element.getUpperBound());
    return "[" + (String.valueOf(element.getLowerBound()).equals(upper) ? upper : element.getLowerBound() + ".." + upper) + "]";
  }

  /** Ecore's own data types by their Java name (String, Date, Integer), the model's by theirs. */
  static String typeName(EClassifier type)
  {
    return type.getEPackage() == EcorePackage.eINSTANCE && type.getInstanceClass() != null
      ? type.getInstanceClass().getSimpleName() : type.getName();
  }

  static String name(EClass eClass)
  {
    return eClass.isAbstract() ? "<i>" + eClass.getName() + "</i>" : eClass.getName();
  }

  static String html(String text)
  {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
