/*
 * Copyright (c) the CJM Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cjmstudio.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The file work around generation: finding the repository, staging a bundle without its
 * generated code, and comparing (check) or copying (generate) what the generator produced into
 * the real bundles.
 */
final class StagedFiles
{
  private StagedFiles()
  {
  }

  static Path findRoot(Path start)
  {
    for (Path dir = start; dir != null; dir = dir.getParent())
    {
      if (Files.isRegularFile(dir.resolve("bundles").resolve(GenerateModel.MODEL_BUNDLE).resolve(GenerateModel.GENMODEL)))
      {
        return dir;
      }
    }
    return start;
  }

  static void copyBundleWithoutSrcGen(Path from, Path to) throws IOException
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
  static List<String> syncTree(Path staged, Path real, String label, boolean exact, boolean check) throws IOException
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

  static List<String> syncFile(Path staged, Path real, String label, boolean check) throws IOException
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

  static void deleteTree(Path dir)
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
}
