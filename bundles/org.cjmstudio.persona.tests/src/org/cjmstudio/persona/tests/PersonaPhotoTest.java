package org.cjmstudio.persona.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.persona.pages.PortraitPage;
import org.cjmstudio.persona.photo.PhotoView;
import org.cjmstudio.testing.Screenshots;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Given a persona open on its Portrait page, its photo is shown fitted into the photo box; when there is no photo,
 * or the file is missing or is no picture, a silhouette is shown with a caption saying why, and nothing fails.
 */
class PersonaPhotoTest {

	@TempDir
	Path temp;

	private PersonaEditorDriver driver;

	@AfterEach
	void closeEditors() {
		if (driver != null) {
			driver.close();
		}
	}

	@Test
	void aPersonaWithoutPhotoShowsTheSilhouette() throws Exception {
		PhotoView photo = openPortraitOf("Katrin");
		assertNull(driver.persona.getPhoto(), "the sample has no photos");
		assertFalse(photo.showsPhoto());
		assertEquals(160, photo.image().getBounds().width, "the silhouette fills the photo box");
		assertTrue(photo.caption().startsWith("No photo yet"), photo.caption());
	}

	@Test
	void aMissingFileOrAFileThatIsNoPictureShowsTheSilhouetteAndSaysWhy() throws Exception {
		PhotoView photo = openPortraitOf("Katrin");

		setPhoto("photos/katrin-at-the-fair.png");
		assertFalse(photo.showsPhoto());
		assertTrue(photo.caption().startsWith("Photo not found: "), photo.caption());
		assertTrue(photo.caption().contains("katrin-at-the-fair.png"), photo.caption());

		Path notAPicture = Files.writeString(temp.resolve("katrin.png"), "meeting notes, not a picture");
		setPhoto(notAPicture.toString());
		assertFalse(photo.showsPhoto());
		assertTrue(photo.caption().contains("is not a picture"), photo.caption());

		setPhoto("ftp://photos.example.com/katrin.png");
		assertFalse(photo.showsPhoto());
		assertTrue(photo.caption().contains("'ftp:'"), photo.caption());
	}

	@Test
	void aChosenPngIsShownFittedIntoThePhotoBox() throws Exception {
		PhotoView photo = openPortraitOf("Katrin");
		Path png = Pictures.writePng(temp.resolve("katrin.png"), 480, 320);

		photo.usePhoto(png); // what "Choose photo..." does with the chosen file
		driver.settle();

		assertEquals(png.toString(), driver.persona.getPhoto(), "outside the map's folder: stored as absolute path");
		assertTrue(photo.showsPhoto(), photo.caption());
		Rectangle shown = photo.image().getBounds();
		assertEquals(160, shown.width, "scaled down to the box");
		assertEquals(107, shown.height, "keeping the proportions");
		assertTrue(driver.editor.isDirty());

		IWorkbenchPage page = PersonaEditorDriver.page();
		page.setPartState(page.getReference(driver.editor), IWorkbenchPage.STATE_MAXIMIZED);
		Screenshots.capture(driver.editor.getSite().getShell(), "persona-editor.png");
		page.setPartState(page.getReference(driver.editor), IWorkbenchPage.STATE_RESTORED);

		driver.stack().undo();
		driver.settle();
		assertFalse(photo.showsPhoto(), "undo takes the photo away again");
	}

	@Test
	void aPhotoNextToTheMapIsStoredRelativeToTheMapsFolder() throws Exception {
		PhotoView photo = openPortraitOf("Marco");
		Path mapFolder = Path.of(driver.mapFile.getParent().getLocationURI());
		Path png = Pictures.writePng(mapFolder.resolve("photos").resolve("marco.png"), 100, 120);

		photo.usePhoto(png);
		driver.settle();

		assertEquals("photos/marco.png", driver.persona.getPhoto(), "the project can move with its photos");
		assertTrue(photo.showsPhoto(), photo.caption());
		assertEquals(100, photo.image().getBounds().width, "a small photo keeps its size");
		assertEquals("photos/marco.png", photo.caption());
	}

	private PhotoView openPortraitOf(String firstName) throws Exception {
		driver = PersonaEditorDriver.open(firstName);
		return driver.show(PortraitPage.ID, PortraitPage.class).photo();
	}

	/** Changes the photo as another editor (the Properties view, say) would: a command on the map's stack. */
	private void setPhoto(String photo) {
		driver.stack().execute(SetCommand.create(driver.mapEditor.getEditingDomain(), driver.persona,
				CjmPackage.Literals.PERSONA__PHOTO, photo));
		driver.settle();
	}
}
