/*
 * Copyright (c) the CJM Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cjmstudio.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Documents the CJM Studio metamodel ({@code bundles/org.cjmstudio.model/model/cjm.ecore}) for the
 * README, without Eclipse. Writes into the output folder (default {@code releng/docs}):
 * <ul>
 * <li>{@code metamodel-classes.md}: a Markdown table of the classes (kind, supertypes, containments,
 * first sentence of the documentation) and one of the enumerations and data types;</li>
 * <li>{@code images/metamodel.dot}: an overview class diagram (every class and relation, no
 * attributes) and {@code images/metamodel-<area>.dot}: one detailed diagram per {@link Area}, see
 * {@link ClassDiagram}.</li>
 * </ul>
 * The output depends only on cjm.ecore (declaration order, no time stamps), so it can be committed
 * and checked. {@code releng/scripts/document-model.sh} runs this class and renders the DOT files
 * with Graphviz.
 */
public final class DocumentModel
{
  static final String ECORE = "bundles/org.cjmstudio.model/model/cjm.ecore";

  /** A part of the metamodel drawn in a picture of its own, laid out top-down (TB) or left-right (LR). */
  record Area(String id, String title, String color, String rankdir)
  {
  }

  /** The area of the identity base classes that every other class extends. */
  static final String CORE = "core";

  /** The areas in drawing order, each keyed by its seed class, see {@link #areas(EPackage)}. */
  static final Map<String, Area> AREA_SEEDS = new LinkedHashMap<>();
  static
  {
    AREA_SEEDS.put("JourneyMap", new Area("map", "Journey map, channels, opportunities, metrics", "#dbe9f6", "LR"));
    AREA_SEEDS.put("Stage", new Area("stage", "Stages and their cards", "#d6eef0", "LR"));
    AREA_SEEDS.put("Persona", new Area("persona", "Persona profile", "#dff0d8", "LR"));
    AREA_SEEDS.put("Evidence", new Area("evidence", "Research and evidence", "#fbe5cc", "TB"));
    AREA_SEEDS.put("Identifiable", new Area(CORE, "Identity and external links", "#e6e6e6", "TB"));
  }

  private static final Pattern FIRST_SENTENCE = Pattern.compile("^(.+?(?<!\\be\\.g|\\bi\\.e)[.!?])(?=\\s+[A-Z(]|$)",
    Pattern.DOTALL);

  private DocumentModel()
  {
  }

  public static void main(String[] args) throws IOException
  {
    System.setProperty("line.separator", "\n");
    Path root = Path.of("").toAbsolutePath();
    Path out = null;
    for (int i = 0; i < args.length; i++)
    {
      switch (args[i])
      {
        case "--root" -> root = Path.of(args[++i]).toAbsolutePath().normalize();
        case "--out" -> out = Path.of(args[++i]).toAbsolutePath().normalize();
        default ->
        {
          System.err.println("usage: DocumentModel [--root <repository>] [--out <folder, default releng/docs>]");
          System.exit(2);
        }
      }
    }
    out = out == null ? root.resolve("releng/docs") : out;
    Path ecore = root.resolve(ECORE);
    if (!Files.isRegularFile(ecore))
    {
      System.err.println("DocumentModel: cannot find " + ECORE + " under " + root);
      System.exit(2);
    }
    EPackage ePackage = load(ecore);
    Map<EClassifier, Area> areas = areas(ePackage);
    ClassDiagram diagram = new ClassDiagram(ePackage, areas);

    Path images = Files.createDirectories(out.resolve("images"));
    write(out.resolve("metamodel-classes.md"), markdown(ePackage));
    write(images.resolve("metamodel.dot"), diagram.overview());
    for (Area area : AREA_SEEDS.values())
    {
      write(images.resolve("metamodel-" + area.id() + ".dot"), diagram.detail(area));
    }
  }

  static EPackage load(Path ecore)
  {
    EcorePackage.eINSTANCE.eClass();
    ResourceSet resourceSet = new ResourceSetImpl();
    resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
    Resource resource = resourceSet.getResource(URI.createFileURI(ecore.toString()), true);
    EcoreUtil.resolveAll(resourceSet);
    return (EPackage)resource.getContents().get(0);
  }

  /**
   * Puts every classifier into an area. A seed class is in its own area; any other class is in the
   * area of a supertype (unless that is the identity core every class extends), else in the area of
   * a class that contains it. Enums and data types go to the area of the first class that uses them.
   */
  static Map<EClassifier, Area> areas(EPackage ePackage)
  {
    Map<EClassifier, Area> areas = new LinkedHashMap<>();
    List<EClass> classes = classes(ePackage);
    Area core = null;
    for (EClass eClass : classes)
    {
      Area seed = AREA_SEEDS.get(eClass.getName());
      if (seed != null)
      {
        areas.put(eClass, seed);
        core = seed.id().equals(CORE) ? seed : core;
      }
    }
    for (boolean changed = true; changed;)
    {
      changed = false;
      for (EClass eClass : classes)
      {
        if (!areas.containsKey(eClass))
        {
          Area area = eClass.getESuperTypes().stream().map(areas::get)
            .filter(a -> a != null && !a.id().equals(CORE)).findFirst()
            .orElseGet(() -> classes.stream().filter(c -> areas.containsKey(c) && c.getEReferences().stream()
              .anyMatch(r -> r.isContainment() && r.getEReferenceType() == eClass)).map(areas::get).findFirst().orElse(null));
          changed |= area != null && areas.put(eClass, area) == null;
        }
      }
    }
    Area fallback = core != null ? core : AREA_SEEDS.values().iterator().next();
    for (EClassifier classifier : ePackage.getEClassifiers())
    {
      areas.computeIfAbsent(classifier, c -> c instanceof EClass eClass
        ? eClass.getESuperTypes().stream().map(areas::get).filter(a -> a != null).findFirst().orElse(fallback)
        : classes.stream().filter(k -> k.getEAttributes().stream().anyMatch(a -> a.getEType() == c))
          .map(areas::get).filter(a -> a != null).findFirst().orElse(fallback));
    }
    return areas;
  }

  static List<EClass> classes(EPackage ePackage)
  {
    return ePackage.getEClassifiers().stream().filter(EClass.class::isInstance).map(EClass.class::cast).toList();
  }

  static String markdown(EPackage ePackage)
  {
    StringBuilder md = new StringBuilder();
    md.append("<!-- Generated from ").append(ECORE).append(" by releng/scripts/document-model.sh; do not edit. -->\n\n");
    md.append("| Class | Kind | Extends | Contains | Description |\n|---|---|---|---|---|\n");
    for (EClass eClass : classes(ePackage))
    {
      List<String> contains = new ArrayList<>();
      for (EReference reference : eClass.getEReferences())
      {
        if (reference.isContainment())
        {
          contains.add("`" + reference.getName() + "`: " + reference.getEReferenceType().getName() + " "
            + UmlLabel.multiplicity(reference));
        }
      }
      md.append("| **").append(eClass.getName()).append("** | ")
        .append(eClass.isAbstract() ? "abstract" : "concrete").append(" | ")
        .append(eClass.getESuperTypes().stream().map(EClass::getName).collect(Collectors.joining(", "))).append(" | ")
        .append(String.join("<br>", contains)).append(" | ")
        .append(cell(firstSentence(eClass))).append(" |\n");
    }
    md.append("\n| Enumeration / data type | Literals / values | Description |\n|---|---|---|\n");
    for (EClassifier classifier : ePackage.getEClassifiers())
    {
      if (classifier instanceof EEnum eEnum)
      {
        md.append("| **").append(eEnum.getName()).append("** | ")
          .append(eEnum.getELiterals().stream().map(EEnumLiteral::getName).collect(Collectors.joining(", ")))
          .append(" | ").append(cell(firstSentence(eEnum))).append(" |\n");
      }
      else if (classifier instanceof EDataType dataType)
      {
        md.append("| **").append(dataType.getName()).append("** | data type, `")
          .append(dataType.getInstanceClassName()).append("` | ").append(cell(firstSentence(dataType))).append(" |\n");
      }
    }
    return md.toString();
  }

  static String firstSentence(EClassifier classifier)
  {
    String documentation = EcoreUtil.getDocumentation(classifier);
    if (documentation == null || documentation.isBlank())
    {
      return "";
    }
    String text = documentation.strip().replaceAll("\\s+", " ");
    Matcher matcher = FIRST_SENTENCE.matcher(text);
    return matcher.find() ? matcher.group(1) : text;
  }

  private static String cell(String text)
  {
    return text.replace("|", "\\|").replace("<", "&lt;");
  }

  private static void write(Path file, String content) throws IOException
  {
    Files.writeString(file, content, StandardCharsets.UTF_8);
    System.out.println("wrote " + file);
  }
}
