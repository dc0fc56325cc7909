package org.cjmstudio.model.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.model.ids.ElementIds;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;

/**
 * Reads and writes {@code .cjm} files: XMI in UTF-8, with every element's UUID as its XMI identity, so references
 * inside a file are by id and survive reordering. Writes are atomic ({@link AtomicFileWriter}); reads never write.
 * Works inside OSGi and in plain Java (tests, command line), because it registers what it needs on its own
 * resource sets instead of relying on the Eclipse extension registry.
 */
public final class MapFiles {

	public static final String FILE_EXTENSION = "cjm";

	private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";
	private static final String MAX_TEXT_SIZE = "http://www.oracle.com/xml/jaxp/properties/maxGeneralEntitySizeLimit";
	private static final String TOTAL_TEXT_SIZE = "http://www.oracle.com/xml/jaxp/properties/totalEntitySizeLimit";

	private MapFiles() {
	}

	/** A resource set that can load and save {@code .cjm} files without the Eclipse extension registry. */
	public static ResourceSet newResourceSet() {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getPackageRegistry().put(CjmPackage.eNS_URI, CjmPackage.eINSTANCE);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(FILE_EXTENSION,
				new IndexedResourceFactory());
		return resourceSet;
	}

	/** Loads the map in {@code file} into a new resource set. */
	public static JourneyMap load(Path file) throws MapFileException {
		return load(file, newResourceSet());
	}

	/** Loads the map in {@code file} into {@code resourceSet}; on failure nothing stays behind in the set. */
	public static JourneyMap load(Path file, ResourceSet resourceSet) throws MapFileException {
		if (Files.exists(file) && !Files.isRegularFile(file)) {
			// A FIFO would block the reader forever, a device never end.
			throw new MapFileException(file, 0, 0, "it is not a regular file (a folder, FIFO or device); a map is a "
					+ "file.", null);
		}
		Resource resource = resourceSet.createResource(fileUri(file));
		try (InputStream in = Files.newInputStream(file)) {
			resource.load(in, loadOptions());
		} catch (NoSuchFileException e) {
			throw discard(resource, new MapFileException(file, 0, 0, "the file does not exist.", e));
		} catch (IOException e) {
			throw discard(resource, LoadProblems.describe(file, e));
		}
		if (!resource.getErrors().isEmpty()) {
			throw discard(resource, LoadProblems.describe(file, resource.getErrors().get(0)));
		}
		EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
		if (!(root instanceof JourneyMap map)) {
			throw discard(resource, new MapFileException(file, 0, 0,
					"it holds no journey map (its first element is "
							+ (root == null ? "missing" : "a " + root.eClass().getName()) + ").",
					null));
		}
		if (resource.getContents().size() > 1) {
			// Opening only the first would hide the others from validation, editing and export alike.
			throw discard(resource, new MapFileException(file, 0, 0, "it holds " + resource.getContents().size()
					+ " top-level elements; a map file holds one journey map. Split it into one file per map.",
					null));
		}
		ElementIds.assignMissing(resource);
		return map;
	}

	/**
	 * Saves {@code map} to {@code file} atomically. A map that is not in a resource yet is put into a new one for
	 * {@code file}; elements without an id get one first.
	 */
	public static void save(JourneyMap map, Path file) throws IOException {
		Resource resource = map.eResource();
		if (resource == null) {
			resource = newResourceSet().createResource(fileUri(file));
			resource.getContents().add(map);
		}
		save(resource, file);
	}

	public static void save(Resource resource, Path file) throws IOException {
		// Checked before anything is written: EMF writes U+FFFF without a word, and the file then never opens again.
		Optional<String> unholdable = MapFileCharacters.firstUnholdable(resource);
		if (unholdable.isPresent()) {
			throw new IOException("Cannot save the journey map '" + file + "': " + unholdable.get()
					+ ", which a map file cannot hold; remove it and save again. The file was not changed.");
		}
		ElementIds.assignMissing(resource);
		Resource saved = resource;
		AtomicFileWriter.write(file, out -> {
			try {
				saved.save(out, saveOptions());
			} catch (RuntimeException unwritable) {
				// EMF's XML writer throws this for text XML cannot hold (a control character); the old file stays.
				throw new IOException(unwritable.getMessage(), unwritable);
			}
		});
	}

	private static URI fileUri(Path file) {
		return URI.createFileURI(file.toAbsolutePath().toString());
	}

	private static MapFileException discard(Resource resource, MapFileException problem) {
		resource.unload();
		ResourceSet resourceSet = resource.getResourceSet();
		if (resourceSet != null) {
			resourceSet.getResources().remove(resource);
		}
		return problem;
	}

	private static Map<Object, Object> loadOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		// Map files never declare a DOCTYPE; refusing one keeps external entities from pulling a local file or the
		// network into a map (or from silently becoming empty text).
		options.put(XMLResource.OPTION_PARSER_FEATURES, Map.of(DISALLOW_DOCTYPE, Boolean.TRUE));
		// The JDK's parser refuses a text or attribute longer than 100,000 characters (an entity-size limit meant for
		// entity bombs, which the refused DOCTYPE already rules out). Saving has no such limit, so without lifting it a
		// map with a long pasted note or quote was saved and then could never be opened again (found by
		// ReadersFuzzTest). 0 means no limit; the file's own size is the bound.
		options.put(XMLResource.OPTION_PARSER_PROPERTIES, Map.of(MAX_TEXT_SIZE, "0", TOTAL_TEXT_SIZE, "0"));
		// Cards of plugins that are not installed here are kept as they are (PluginContentHandler).
		options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.TRUE);
		return options;
	}

	private static Map<Object, Object> saveOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		options.put(XMLResource.OPTION_LINE_WIDTH, 120);
		options.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.TRUE);
		options.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
		return options;
	}
}
