package org.cjmstudio.persona.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;

import org.cjmstudio.persona.photo.PhotoLocation;
import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;

/** Where the photo a map names is: next to the map, anywhere on disk, or on the web. */
class PhotoLocationTest {

	private static final Path MAP_FOLDER = Path.of("/projects/shop/maps").toAbsolutePath();
	private static final URI MAP = URI.createFileURI(MAP_FOLDER.resolve("online shop.cjm").toString());

	@Test
	void aRelativePathIsResolvedAgainstTheMapsFolder() {
		assertEquals(new PhotoLocation.LocalFile(MAP_FOLDER.resolve("photos/lena.jpg")),
				PhotoLocation.of("photos/lena.jpg", MAP));
		assertEquals(new PhotoLocation.LocalFile(MAP_FOLDER.resolveSibling("shared/lena.jpg")),
				PhotoLocation.of("../shared/lena.jpg", MAP));
	}

	@Test
	void absolutePathsAndFileAddressesNameTheFileItself() {
		Path elsewhere = Path.of("/pictures/lena.jpg").toAbsolutePath();
		assertEquals(new PhotoLocation.LocalFile(elsewhere), PhotoLocation.of(elsewhere.toString(), MAP));
		assertEquals(new PhotoLocation.LocalFile(elsewhere), PhotoLocation.of(elsewhere.toUri().toString(), MAP));
	}

	@Test
	void webAddressesAreLoadedFromTheWeb() {
		assertEquals(new PhotoLocation.WebAddress(java.net.URI.create("https://example.com/lena.jpg")),
				PhotoLocation.of("https://example.com/lena.jpg", MAP));
	}

	@Test
	void nothingOrSomethingUnusableIsSaidSo() {
		assertEquals(new PhotoLocation.NotSet(), PhotoLocation.of("  ", MAP));
		assertEquals(new PhotoLocation.NotSet(), PhotoLocation.of(null, MAP));
		assertInstanceOf(PhotoLocation.Unusable.class, PhotoLocation.of("mailto:lena@example.com", MAP));
		assertInstanceOf(PhotoLocation.Unusable.class, PhotoLocation.of("photos/lena.jpg", null),
				"a relative path needs a saved map");
	}

	@Test
	void aChosenFileInsideTheMapsFolderIsStoredRelativeToIt() {
		assertEquals("photos/lena.jpg", PhotoLocation.toStore(MAP_FOLDER.resolve("photos/lena.jpg"), MAP));
		Path elsewhere = Path.of("/pictures/lena.jpg").toAbsolutePath();
		assertEquals(elsewhere.toString(), PhotoLocation.toStore(elsewhere, MAP));
	}
}
