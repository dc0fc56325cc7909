/*
 * Copyright (c) the CJM Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cjmstudio.codegen;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Regenerates the EMF model and edit code of CJM Studio from
 * {@code bundles/org.cjmstudio.model/model/cjm.genmodel}, without Eclipse.
 *
 * <p>The generator never writes into the bundles directly. Each bundle is copied, without its
 * {@code src-gen/} folder, to a staging directory; {@code platform:/resource/<bundle>/} is mapped
 * to that copy and the EMF {@link Generator} runs there for the MODEL and EDIT project types,
 * exactly as it would in a workspace (so manifests and {@code plugin.properties} are merged the
 * usual EMF way). The generated artefacts are then taken from the staging copy:
 * <ul>
 * <li>{@code src-gen/**} of both bundles: generated from scratch every time, never hand-edited;</li>
 * <li>{@code plugin.properties} of both bundles: EMF-merged (new keys added, existing values kept);</li>
 * <li>{@code model/cjm.genmodel}: reconciled with {@code cjm.ecore} (new classes and features get
 * default generator settings, removed ones disappear);</li>
 * <li>{@code icons/**} of the edit bundle: only icons that do not exist yet (never overwritten, so
 * they can be redrawn by hand).</li>
 * </ul>
 * {@code META-INF/MANIFEST.MF}, {@code plugin.xml} and {@code build.properties} are hand-written and
 * never touched.
 *
 * <p>Modes: {@code --generate} (default) writes the artefacts into the bundles;
 * {@code --check} writes nothing and exits with status 1, listing every artefact that differs
 * from what the generator produces (a hand edit in src-gen, or a model change that was not
 * regenerated).
 */
public final class GenerateModel
{
  static final String MODEL_BUNDLE = "org.cjmstudio.model";

  static final String EDIT_BUNDLE = "org.cjmstudio.model.edit";

  static final String GENMODEL = "model/cjm.genmodel";

  static final String[] BUNDLES = { MODEL_BUNDLE, EDIT_BUNDLE };

  private GenerateModel()
  {
  }

  public static void main(String[] args) throws Exception
  {
    // Generated text must not depend on the platform running the generator.
    System.setProperty("line.separator", "\n");

    Path root = null;
    boolean check = false;
    boolean keepStage = false;
    for (int i = 0; i < args.length; i++)
    {
      switch (args[i])
      {
        case "--check" -> check = true;
        case "--generate", "" -> check = false;
        case "--root" -> root = Path.of(args[++i]);
        case "--keep-stage" -> keepStage = true;
        case "-h", "--help" ->
        {
          System.out.println("usage: GenerateModel [--root <repository>] [--generate | --check] [--keep-stage]");
          return;
        }
        default ->
        {
          System.err.println("unknown argument: " + args[i]);
          System.exit(2);
        }
      }
    }
    root = (root == null ? findRoot(Path.of("").toAbsolutePath()) : root).toAbsolutePath().normalize();
    Path bundles = root.resolve("bundles");
    if (!Files.isRegularFile(bundles.resolve(MODEL_BUNDLE).resolve(GENMODEL)))
    {
      System.err.println("cannot find bundles/" + MODEL_BUNDLE + "/" + GENMODEL + " under " + root);
      System.exit(2);
    }

    Path stage = Files.createTempDirectory("cjm-codegen");
    int status;
    try
    {
      status = run(bundles, stage, check);
    }
    catch (Exception | LinkageError exception)
    {
      exception.printStackTrace();
      System.err.println("Code generation failed; nothing was changed.");
      status = 2;
    }
    finally
    {
      if (keepStage)
      {
        System.out.println("Staging directory kept: " + stage);
      }
      else
      {
        deleteTree(stage);
      }
    }
    System.exit(status);
  }

  private static int run(Path bundles, Path stage, boolean check) throws Exception
  {
    for (String bundle : BUNDLES)
    {
      copyBundleWithoutSrcGen(bundles.resolve(bundle), stage.resolve(bundle));
    }

    // Anything the EMF generator logs (it logs template and merge failures instead of throwing)
    // goes to System.err; remember whether that happened.
    PrintStream originalErr = System.err;
    ErrorWatch errorWatch = new ErrorWatch(originalErr);
    System.setErr(new PrintStream(errorWatch, true, StandardCharsets.UTF_8));
    try
    {
      generate(stage);
    }
    finally
    {
      System.setErr(originalErr);
    }
    if (errorWatch.written)
    {
      System.err.println("The EMF generator reported problems (see above); nothing was changed.");
      return 2;
    }

    List<String> differences = new ArrayList<>();
    for (String bundle : BUNDLES)
    {
      Path real = bundles.resolve(bundle);
      Path staged = stage.resolve(bundle);
      differences.addAll(syncTree(staged.resolve("src-gen"), real.resolve("src-gen"), "bundles/" + bundle + "/src-gen", true, check));
      differences.addAll(syncFile(staged.resolve("plugin.properties"), real.resolve("plugin.properties"), "bundles/" + bundle + "/plugin.properties", check));
      if (Files.isDirectory(staged.resolve("icons")))
      {
        differences.addAll(syncTree(staged.resolve("icons"), real.resolve("icons"), "bundles/" + bundle + "/icons", false, check));
      }
    }
    differences.addAll(syncFile(stage.resolve(MODEL_BUNDLE).resolve(GENMODEL), bundles.resolve(MODEL_BUNDLE).resolve(GENMODEL), "bundles/" + MODEL_BUNDLE + "/" + GENMODEL, check));

    if (check)
    {
      if (differences.isEmpty())
      {
        System.out.println("Generated EMF code is up to date.");
        return 0;
      }
      System.err.println("Generated EMF code is NOT up to date with bundles/" + MODEL_BUNDLE + "/model/ (" + differences.size() + " difference(s)):");
      differences.forEach(d -> System.err.println("  " + d));
      System.err.println("src-gen/ must never be edited by hand. Change model/cjm.ecore or model/cjm.genmodel"
        + " and run releng/scripts/generate-model.sh, or put hand-written code in src/.");
      return 1;
    }
    if (differences.isEmpty())
    {
      System.out.println("Generated EMF code was already up to date.");
    }
    else
    {
      System.out.println("Updated " + differences.size() + " generated file(s):");
      differences.forEach(d -> System.out.println("  " + d));
    }
    return 0;
  }

  /**
   * Loads and reconciles the genmodel in the staging copy and runs the EMF generator there.
   */
  private static void generate(Path stage) throws IOException
  {
    registerStandalone();

    ResourceSet resourceSet = new ResourceSetImpl();
    Map<URI, URI> uriMap = resourceSet.getURIConverter().getURIMap();
    for (String bundle : BUNDLES)
    {
      uriMap.put(URI.createPlatformResourceURI(bundle + "/", true), URI.createFileURI(stage.resolve(bundle).toString() + "/"));
    }
    // Ecore.genmodel, used by our genmodel for the Ecore data types.
    uriMap.put(URI.createPlatformPluginURI("org.eclipse.emf.ecore/", true), archiveRoot(EcorePackage.class));

    URI genModelURI = URI.createPlatformResourceURI(MODEL_BUNDLE + "/" + GENMODEL, true);
    Resource genModelResource = resourceSet.getResource(genModelURI, true);
    GenModel genModel = (GenModel)genModelResource.getContents().get(0);

    if (!genModel.reconcile())
    {
      throw new IllegalStateException("cannot reconcile " + GENMODEL + " with its Ecore model");
    }
    IStatus status = genModel.validate();
    if (status.getSeverity() == IStatus.ERROR)
    {
      throw new IllegalStateException("invalid genmodel: " + describe(status));
    }
    Diagnostic diagnostic = Diagnostician.INSTANCE.validate(genModel);
    if (diagnostic.getSeverity() == Diagnostic.ERROR)
    {
      throw new IllegalStateException("invalid genmodel: " + describe(diagnostic));
    }
    Diagnostic ecoreDiagnostic = Diagnostician.INSTANCE.validate(genModel.getGenPackages().get(0).getEcorePackage());
    if (ecoreDiagnostic.getSeverity() >= Diagnostic.WARNING)
    {
      throw new IllegalStateException("invalid Ecore model: " + describe(ecoreDiagnostic));
    }
    genModelResource.save(saveOptions());

    genModel.setCanGenerate(true);
    genModel.setUpdateClasspath(false);

    Generator generator = new Generator();
    generator.getOptions().resourceSet = resourceSet;
    generator.setInput(genModel);
    for (String projectType : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE))
    {
      Diagnostic result = generator.generate(genModel, projectType, new BasicMonitor());
      if (result.getSeverity() >= Diagnostic.WARNING)
      {
        throw new IllegalStateException("generation failed: " + describe(result));
      }
    }
  }

  /**
   * Does, without OSGi, the registrations that plugin.xml files do inside Eclipse.
   */
  private static void registerStandalone()
  {
    Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
    Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("genmodel", new EcoreResourceFactoryImpl());
    EcorePackage.eINSTANCE.eClass();
    GenModelPackage.eINSTANCE.eClass();
    EcorePlugin.getEPackageNsURIToGenModelLocationMap(false).put(EcorePackage.eNS_URI,
      URI.createPlatformPluginURI("org.eclipse.emf.ecore/model/Ecore.genmodel", true));
    GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);
  }

  private static Map<Object, Object> saveOptions()
  {
    Map<Object, Object> options = new HashMap<>();
    options.put(XMLResource.OPTION_ENCODING, "UTF-8");
    options.put(XMLResource.OPTION_LINE_DELIMITER, "\n");
    return options;
  }

  private static URI archiveRoot(Class<?> classInJar)
  {
    try
    {
      Path location = Path.of(classInJar.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isDirectory(location))
      {
        return URI.createFileURI(location.toString() + "/");
      }
      return URI.createURI("archive:" + URI.createFileURI(location.toString()) + "!/");
    }
    catch (URISyntaxException exception)
    {
      throw new IllegalStateException(exception);
    }
  }

  private static String describe(IStatus status)
  {
    StringBuilder result = new StringBuilder(String.valueOf(status.getMessage()));
    for (IStatus child : status.getChildren())
    {
      result.append("\n  ").append(describe(child).replace("\n", "\n  "));
    }
    return result.toString();
  }

  private static String describe(Diagnostic diagnostic)
  {
    StringBuilder result = new StringBuilder(String.valueOf(diagnostic.getMessage()));
    for (Diagnostic child : diagnostic.getChildren())
    {
      result.append("\n  ").append(describe(child).replace("\n", "\n  "));
    }
    if (diagnostic.getException() != null)
    {
      result.append("\n  ").append(diagnostic.getException());
    }
    return result.toString();
  }

  // ------------------------------------------------------------------ files

  private static Path findRoot(Path start)
  {
    for (Path dir = start; dir != null; dir = dir.getParent())
    {
      if (Files.isRegularFile(dir.resolve("bundles").resolve(MODEL_BUNDLE).resolve(GENMODEL)))
      {
        return dir;
      }
    }
    return start;
  }

  private static void copyBundleWithoutSrcGen(Path from, Path to) throws IOException
  {
    Files.createDirectories(to);
    if (!Files.isDirectory(from))
    {
      return;
    }
    try (Stream<Path> files = Files.walk(from))
    {
      for (Path file : (Iterable<Path>)files::iterator)
      {
        Path relative = from.relativize(file);
        if (relative.getNameCount() > 0 && (relative.getName(0).toString().equals("src-gen") || relative.getName(0).toString().equals("bin")
          || relative.getName(0).toString().equals("target")))
        {
          continue;
        }
        Path target = to.resolve(relative.toString());
        if (Files.isDirectory(file))
        {
          Files.createDirectories(target);
        }
        else
        {
          Files.copy(file, target);
        }
      }
    }
  }

  /**
   * Compares (check) or copies (generate) the files of a staged tree to the real tree.
   *
   * @param exact whether files in the real tree that the generator did not produce are wrong
   *          (src-gen) or allowed (icons; there, existing files are also never overwritten)
   * @return one line per difference
   */
  private static List<String> syncTree(Path staged, Path real, String label, boolean exact, boolean check) throws IOException
  {
    TreeSet<String> stagedFiles = listFiles(staged);
    TreeSet<String> realFiles = listFiles(real);
    List<String> differences = new ArrayList<>();
    for (String file : stagedFiles)
    {
      Path source = staged.resolve(file);
      Path target = real.resolve(file);
      if (!realFiles.contains(file))
      {
        differences.add((check ? "missing:  " : "added:    ") + label + "/" + file);
        if (!check)
        {
          Files.createDirectories(target.getParent());
          Files.copy(source, target);
        }
      }
      else if (exact && !Arrays.equals(Files.readAllBytes(source), Files.readAllBytes(target)))
      {
        differences.add((check ? "differs:  " : "updated:  ") + label + "/" + file);
        if (!check)
        {
          Files.write(target, Files.readAllBytes(source));
        }
      }
    }
    if (exact)
    {
      for (String file : realFiles)
      {
        if (!stagedFiles.contains(file))
        {
          differences.add((check ? "extra:    " : "deleted:  ") + label + "/" + file);
          if (!check)
          {
            Files.delete(real.resolve(file));
          }
        }
      }
      if (!check)
      {
        deleteEmptyDirectories(real);
      }
    }
    return differences;
  }

  private static List<String> syncFile(Path staged, Path real, String label, boolean check) throws IOException
  {
    if (!Files.isRegularFile(staged))
    {
      return List.of();
    }
    byte[] content = Files.readAllBytes(staged);
    if (Files.isRegularFile(real) && Arrays.equals(content, Files.readAllBytes(real)))
    {
      return List.of();
    }
    String what = Files.isRegularFile(real) ? (check ? "differs:  " : "updated:  ") : (check ? "missing:  " : "added:    ");
    if (!check)
    {
      Files.createDirectories(real.getParent());
      Files.write(real, content);
    }
    return List.of(what + label);
  }

  private static TreeSet<String> listFiles(Path dir) throws IOException
  {
    TreeSet<String> result = new TreeSet<>();
    if (Files.isDirectory(dir))
    {
      try (Stream<Path> files = Files.walk(dir))
      {
        files.filter(Files::isRegularFile).forEach(file -> result.add(dir.relativize(file).toString().replace('\\', '/')));
      }
    }
    return result;
  }

  private static void deleteEmptyDirectories(Path dir) throws IOException
  {
    if (!Files.isDirectory(dir))
    {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir))
    {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList())
      {
        if (!path.equals(dir) && Files.isDirectory(path))
        {
          try (Stream<Path> children = Files.list(path))
          {
            if (children.findAny().isEmpty())
            {
              Files.delete(path);
            }
          }
        }
      }
    }
  }

  private static void deleteTree(Path dir)
  {
    try (Stream<Path> paths = Files.walk(dir))
    {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList())
      {
        Files.delete(path);
      }
    }
    catch (IOException exception)
    {
      throw new UncheckedIOException(exception);
    }
  }

  /**
   * Passes output through and records whether there was any.
   */
  private static final class ErrorWatch extends OutputStream
  {
    private final PrintStream delegate;

    boolean written;

    ErrorWatch(PrintStream delegate)
    {
      this.delegate = delegate;
    }

    @Override
    public void write(int b)
    {
      written = true;
      delegate.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len)
    {
      written |= len > 0;
      delegate.write(b, off, len);
    }

    @Override
    public void flush()
    {
      delegate.flush();
    }
  }
}
