/*
 * Copyright (c) the CJM Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cjmstudio.codegen;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
 *
 * <p>{@link EmfGeneration} runs the generator on the staging copy; {@link StagedFiles} stages the
 * bundles and compares or copies the results.
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
    root = (root == null ? StagedFiles.findRoot(Path.of("").toAbsolutePath()) : root).toAbsolutePath().normalize();
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
        StagedFiles.deleteTree(stage);
      }
    }
    System.exit(status);
  }

  private static int run(Path bundles, Path stage, boolean check) throws Exception
  {
    for (String bundle : BUNDLES)
    {
      StagedFiles.copyBundleWithoutSrcGen(bundles.resolve(bundle), stage.resolve(bundle));
    }

    if (!EmfGeneration.generateInto(stage))
    {
      System.err.println("The EMF generator reported problems (see above); nothing was changed.");
      return 2;
    }

    List<String> differences = new ArrayList<>();
    for (String bundle : BUNDLES)
    {
      Path real = bundles.resolve(bundle);
      Path staged = stage.resolve(bundle);
      differences.addAll(StagedFiles.syncTree(staged.resolve("src-gen"), real.resolve("src-gen"), "bundles/" + bundle + "/src-gen", true, check));
      differences.addAll(StagedFiles.syncFile(staged.resolve("plugin.properties"), real.resolve("plugin.properties"), "bundles/" + bundle + "/plugin.properties", check));
      if (Files.isDirectory(staged.resolve("icons")))
      {
        differences.addAll(StagedFiles.syncTree(staged.resolve("icons"), real.resolve("icons"), "bundles/" + bundle + "/icons", false, check));
      }
    }
    differences.addAll(StagedFiles.syncFile(stage.resolve(MODEL_BUNDLE).resolve(GENMODEL), bundles.resolve(MODEL_BUNDLE).resolve(GENMODEL), "bundles/" + MODEL_BUNDLE + "/" + GENMODEL, check));

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
}
