/*
 * Copyright (c) the CJM Studio contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cjmstudio.codegen;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
 * Runs the EMF generator, standalone, on the staged copies of the model and edit bundles: maps
 * {@code platform:/resource/<bundle>/} to the staging directory, reconciles and validates the
 * genmodel, and generates the MODEL and EDIT project types there.
 */
final class EmfGeneration
{
  private EmfGeneration()
  {
  }

  /**
   * Generates into {@code stage}.
   *
   * @return false when the EMF generator logged problems (it logs template and merge failures
   *         to System.err instead of throwing); they are passed through to System.err
   */
  static boolean generateInto(Path stage) throws IOException
  {
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
    return !errorWatch.written;
  }

  /**
   * Loads and reconciles the genmodel in the staging copy and runs the EMF generator there.
   */
  private static void generate(Path stage) throws IOException
  {
    registerStandalone();

    ResourceSet resourceSet = new ResourceSetImpl();
    Map<URI, URI> uriMap = resourceSet.getURIConverter().getURIMap();
    for (String bundle : GenerateModel.BUNDLES)
    {
      uriMap.put(URI.createPlatformResourceURI(bundle + "/", true), URI.createFileURI(stage.resolve(bundle).toString() + "/"));
    }
    // Ecore.genmodel, used by our genmodel for the Ecore data types.
    uriMap.put(URI.createPlatformPluginURI("org.eclipse.emf.ecore/", true), archiveRoot(EcorePackage.class));

    URI genModelURI = URI.createPlatformResourceURI(GenerateModel.MODEL_BUNDLE + "/" + GenerateModel.GENMODEL, true);
    Resource genModelResource = resourceSet.getResource(genModelURI, true);
    GenModel genModel = (GenModel)genModelResource.getContents().get(0);

    if (!genModel.reconcile())
    {
      throw new IllegalStateException("cannot reconcile " + GenerateModel.GENMODEL + " with its Ecore model");
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
