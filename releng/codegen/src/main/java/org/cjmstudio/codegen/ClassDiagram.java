/*
 * Copyright (c) the CJM Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cjmstudio.codegen;

import static org.cjmstudio.codegen.UmlLabel.TABLE;
import static org.cjmstudio.codegen.UmlLabel.classTable;
import static org.cjmstudio.codegen.UmlLabel.html;
import static org.cjmstudio.codegen.UmlLabel.multiplicity;
import static org.cjmstudio.codegen.UmlLabel.name;
import static org.cjmstudio.codegen.UmlLabel.typeTable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.cjmstudio.codegen.DocumentModel.Area;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * Writes UML-style class diagrams of the metamodel as Graphviz DOT text.
 *
 * <p>Classes are HTML-label nodes (see {@link UmlLabel}): the name, italic when abstract, over the
 * attributes as {@code name : Type [multiplicity]}. Generalisations are solid edges with a hollow
 * triangle at the supertype, containments solid edges with a diamond at the container, other
 * references dashed grey arrows; both kinds of reference are labelled {@code name [multiplicity]}. Drawn one by one, the
 * generalisations to the common base class (CjmElement) would cross the whole picture; so when every
 * class of an area extends it, they are one arrow from the area's box to it (in the overview: from a
 * legend of the area colours). Classes of other areas appear, as dashed names, where they are related.
 * Everything is emitted in the declaration order of the metamodel: the same model gives the same text.
 */
final class ClassDiagram
{
  private static final String FONT = "Helvetica,Arial,sans-serif";

  private static final String PROXY = "shape=box, style=\"dashed,rounded\", color=gray55, fontcolor=gray35, margin=\"0.12,0.05\"";

  private final EPackage ePackage;

  private final Map<EClassifier, Area> areas;

  ClassDiagram(EPackage ePackage, Map<EClassifier, Area> areas)
  {
    this.ePackage = ePackage;
    this.areas = areas;
  }

  /**
   * Every class (names only, coloured by area) and every relation; no attributes, no enumerations.
   * No area boxes: dot lays the containment tree out much more cleanly without them, so a legend of
   * the area colours carries the generalisations every class of those areas shares.
   */
  String overview()
  {
    StringBuilder dot = header("CJM Studio metamodel", "LR");
    for (Area area : DocumentModel.AREA_SEEDS.values())
    {
      for (EClass eClass : DocumentModel.classes(ePackage))
      {
        if (areas.get(eClass) == area)
        {
          dot.append("  ").append(id(eClass)).append(" [label=<").append(classTable(eClass, area.color(), false)).append(">];\n");
        }
      }
    }
    Map<EClass, List<Area>> bases = commonBases(c -> true);
    edges(dot, c -> true, bases);
    bases.forEach((base, legend) -> legend(dot, base, legend));
    return dot.append("}\n").toString();
  }

  /** A legend of area colours with one generalisation arrow to the base class all their classes extend. */
  private static void legend(StringBuilder dot, EClass base, List<Area> legend)
  {
    dot.append("  \"legend ").append(base.getName()).append("\" [label=<").append(TABLE);
    legend.forEach(a -> dot.append("<tr><td bgcolor=\"").append(a.color()).append("\">").append(html(a.title())).append("</td></tr>"));
    dot.append("</table>>];\n  \"legend ").append(base.getName()).append("\" -> ").append(id(base))
      .append(" [arrowhead=empty, arrowsize=1.2, label=<every class of these areas>];\n");
  }

  /** The classes of one area with attributes and enumerations, and the classes of other areas they relate to. */
  String detail(Area area)
  {
    StringBuilder dot = header("CJM Studio metamodel: " + area.title(), area.rankdir());
    Predicate<EClass> inArea = c -> areas.get(c) == area;
    Map<EClass, List<Area>> bases = commonBases(inArea);
    String note = bases.keySet().stream().map(EClass::getName).collect(Collectors.joining(", "));
    dot.append("  subgraph cluster_").append(area.id()).append(" {\n    label=")
      .append(note.isEmpty() ? "\"\"" : "<<i>every class in this box is a " + note + "</i>>")
      .append("; labeljust=l; fontsize=13; style=\"rounded,filled\"; color=\"#c0c8d0\"; fillcolor=\"#f7f9fb\";\n");
    List<EClass> members = DocumentModel.classes(ePackage).stream().filter(inArea).toList();
    for (EClass eClass : members)
    {
      dot.append("    ").append(id(eClass)).append(" [label=<").append(classTable(eClass, area.color(), true)).append(">];\n");
    }
    dot.append("  }\n");
    // Classes of other areas that this one relates to: names only, dashed.
    for (EClass other : edges(dot, inArea, bases))
    {
      dot.append("  ").append(id(other)).append(" [label=<").append(name(other)).append(">, ").append(PROXY).append("];\n");
    }
    // Generalisations into this area that whole other areas share, as in the overview.
    commonBases(c -> true).forEach((base, legend) ->
    {
      if (inArea.test(base))
      {
        legend(dot, base, legend);
      }
    });
    for (EClass base : bases.keySet())
    {
      dot.append("  ").append(id(members.get(0))).append(" -> ").append(id(base)).append(" [ltail=cluster_").append(area.id())
        .append(", arrowhead=empty, arrowsize=1.2, constraint=false];\n");
    }
    List<EDataType> types = ePackage.getEClassifiers().stream()
      .filter(c -> c instanceof EDataType && areas.get(c) == area).map(EDataType.class::cast).toList();
    if (!types.isEmpty())
    {
      // A grid, three to a row (an invisible edge chain per row), so that the enumerations stay compact.
      dot.append("  subgraph cluster_types {\n")
        .append("    label=<<b>Enumerations and data types</b>>; style=\"rounded,dashed\"; color=gray60;\n");
      for (int i = 0; i < types.size(); i++)
      {
        dot.append("    ").append(id(types.get(i))).append(" [label=<").append(typeTable(types.get(i))).append(">];\n");
        if (i % 3 != 0)
        {
          dot.append("    ").append(id(types.get(i - 1))).append(" -> ").append(id(types.get(i))).append(" [style=invis];\n");
        }
      }
      dot.append("  }\n");
    }
    return dot.append("}\n").toString();
  }

  private static StringBuilder header(String title, String rankdir)
  {
    return new StringBuilder("digraph metamodel {\n")
      .append("  graph [rankdir=").append(rankdir).append(", compound=true, nodesep=0.25, ranksep=0.4, fontname=\"")
      .append(FONT).append("\", fontsize=18, labelloc=t, label=<<b>").append(html(title)).append("</b>>];\n")
      .append("  node [shape=plain, fontname=\"").append(FONT).append("\", fontsize=14];\n")
      .append("  edge [fontname=\"").append(FONT).append("\", fontsize=12, color=gray25, arrowsize=0.8];\n");
  }

  /**
   * The classes outside an area that every class of the area (as far as {@code from} accepts it)
   * extends, most specific first and without their own supertypes, each with the areas concerned.
   * Drawn one by one, these generalisations (to CjmElement) would cross the whole picture.
   */
  private Map<EClass, List<Area>> commonBases(Predicate<EClass> from)
  {
    List<EClass> classes = DocumentModel.classes(ePackage);
    Map<EClass, List<Area>> result = new LinkedHashMap<>();
    for (Area area : DocumentModel.AREA_SEEDS.values())
    {
      List<EClass> members = classes.stream().filter(c -> areas.get(c) == area && from.test(c)).toList();
      List<EClass> bases = classes.stream().filter(b -> areas.get(b) != area && !members.isEmpty()
        && members.stream().allMatch(c -> c.getEAllSuperTypes().contains(b))).toList();
      bases.stream().filter(base -> bases.stream().noneMatch(b -> b.getEAllSuperTypes().contains(base)))
        .forEach(base -> result.computeIfAbsent(base, b -> new ArrayList<>()).add(area));
    }
    return result;
  }

  /**
   * The generalisations of the classes {@code from} accepts, except those to their area's common
   * {@code bases}, and their references and those that point to them; returns the classes at the other
   * ends. References do not constrain the layout when both ends are accepted: the containment tree
   * should decide the ranks.
   */
  private Set<EClass> edges(StringBuilder dot, Predicate<EClass> from, Map<EClass, List<Area>> bases)
  {
    List<EClass> classes = DocumentModel.classes(ePackage);
    Set<EClass> ends = new LinkedHashSet<>(bases.keySet());
    for (EClass eClass : classes)
    {
      for (EClass superType : eClass.getESuperTypes())
      {
        if (from.test(eClass) && !bases.getOrDefault(superType, List.of()).contains(areas.get(eClass)))
        {
          dot.append("  ").append(id(superType)).append(" -> ").append(id(eClass))
            .append(" [dir=back, arrowtail=empty, arrowsize=1.2, sametail=").append(id(superType)).append("];\n");
          ends.add(superType);
        }
      }
      for (EReference reference : eClass.getEReferences())
      {
        EClass target = reference.getEReferenceType();
        if (from.test(eClass) || from.test(target))
        {
          dot.append("  ").append(id(eClass)).append(" -> ").append(id(target))
            .append(reference.isContainment() ? " [dir=both, arrowtail=diamond, arrowhead=none"
              : " [style=dashed, color=gray50, fontcolor=gray30, arrowhead=vee")
            .append(!reference.isContainment() && from.test(eClass) && from.test(target) ? ", constraint=false" : "")
            .append(", label=<").append(html(reference.getName() + " " + multiplicity(reference))).append(">];\n");
          ends.add(eClass);
          ends.add(target);
        }
      }
    }
    ends.removeIf(from);
    return ends;
  }

  private static String id(EClassifier classifier)
  {
    return "\"" + classifier.getName() + "\"";
  }
}
