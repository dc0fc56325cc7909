package org.cjmstudio.persona.photo;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

import org.cjmstudio.model.CjmPackage;
import org.cjmstudio.model.Persona;
import org.cjmstudio.persona.editing.PortraitEdits;
import org.cjmstudio.persona.editing.PortraitPart;
import org.cjmstudio.persona.fields.FieldIds;
import org.cjmstudio.persona.fields.FieldKit;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * The persona's photo, with a caption saying where it comes from, or a silhouette and the reason when there is none
 * to show (not chosen yet, file missing, not a picture). "Choose photo..." stores the chosen file relative to the
 * map's folder when it lies inside it. Photos on the web are loaded in the background.
 */
public final class PhotoView implements FieldKit.Refreshable {

	private final PortraitEdits edits;
	private final Label picture;
	private final Label caption;
	private Image image;
	private Image placeholder;
	private boolean showsPhoto;
	private String shownPhoto;
	private boolean shownOnce;

	public PhotoView(FieldKit kit, Composite client) {
		this.edits = kit.session().edits();
		FormToolkit toolkit = kit.toolkit();
		picture = FieldIds.tag(toolkit.createLabel(client, "", SWT.CENTER),
				FieldIds.of(PortraitPart.PERSONA, CjmPackage.Literals.PERSONA__PHOTO));
		GridData box = new GridData(SWT.CENTER, SWT.TOP, true, false, 2, 1);
		box.widthHint = PhotoImages.BOX;
		box.heightHint = PhotoImages.BOX;
		picture.setLayoutData(box);
		caption = toolkit.createLabel(client, "", SWT.WRAP | SWT.CENTER);
		GridData captionData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		captionData.widthHint = PhotoImages.BOX;
		caption.setLayoutData(captionData);
		Button choose = toolkit.createButton(client, "Choose photo...", SWT.PUSH);
		choose.addListener(SWT.Selection, event -> choose());
		Button clear = toolkit.createButton(client, "Remove photo", SWT.PUSH);
		clear.addListener(SWT.Selection, event -> usePhoto(null));
		picture.addListener(SWT.Dispose, event -> disposeImages());
	}

	/** True while a photo is shown, false while the placeholder is. */
	public boolean showsPhoto() {
		return showsPhoto;
	}

	/** What the caption says: the photo's file or address, or why there is no photo to show. */
	public String caption() {
		return caption.getText();
	}

	/** The image shown: the fitted photo or the placeholder. */
	public Image image() {
		return picture.getImage();
	}

	/** Makes {@code file} the persona's photo, as choosing it in the dialog does; {@code null} removes the photo. */
	public void usePhoto(Path file) {
		edits.set(PortraitPart.PERSONA, CjmPackage.Literals.PERSONA__PHOTO,
				file == null ? null : PhotoLocation.toStore(file, mapUri()), "Photo");
	}

	@Override
	public void refresh() {
		String photo = edits.persona().getPhoto();
		if (picture.isDisposed() || shownOnce && Objects.equals(photo, shownPhoto)) {
			return;
		}
		shownOnce = true;
		shownPhoto = photo;
		switch (PhotoLocation.of(photo, mapUri())) {
			case PhotoLocation.NotSet notSet -> showPlaceholder("No photo yet. A face makes the persona easier to"
					+ " remember: choose one.");
			case PhotoLocation.Unusable unusable -> showPlaceholder(unusable.reason());
			case PhotoLocation.LocalFile local -> showFile(local.file(), photo);
			case PhotoLocation.WebAddress web -> loadInBackground(web.address(), photo);
		}
	}

	private void showFile(Path file, String photo) {
		try {
			showPhoto(PhotoImages.readFile(file), photo);
		} catch (NoSuchFileException e) {
			showPlaceholder("Photo not found: " + file + ". Choose it again, or put the file back there.");
		} catch (AccessDeniedException e) {
			showPlaceholder("CJM Studio may not read the photo " + file + ". Check the file's permissions.");
		} catch (IOException e) {
			showPlaceholder("Cannot show the photo " + file + ": " + e.getMessage());
		}
	}

	private void loadInBackground(java.net.URI address, String photo) {
		showPlaceholder("Loading the photo from " + address + "...");
		Display display = picture.getDisplay();
		Job.create("Loading the photo of " + edits.persona().getName(), monitor -> {
			ImageData loaded = null;
			String problem = null;
			try {
				loaded = PhotoImages.readWeb(address);
			} catch (IOException e) {
				problem = "Cannot load the photo from " + address + ": " + e.getMessage();
			}
			ImageData result = loaded;
			String why = problem;
			display.asyncExec(() -> {
				// The user may have chosen another photo, or closed the editor, while this one was loading.
				if (!picture.isDisposed() && Objects.equals(photo, shownPhoto)) {
					if (result != null) {
						showPhoto(result, photo);
					} else {
						showPlaceholder(why);
					}
				}
			});
			return Status.OK_STATUS;
		}).schedule();
	}

	private void showPhoto(ImageData data, String photo) {
		Image fitted = PhotoImages.fitted(picture.getDisplay(), data);
		picture.setImage(fitted);
		if (image != null) {
			image.dispose();
		}
		image = fitted;
		showsPhoto = true;
		setCaption(photo);
	}

	private void showPlaceholder(String reason) {
		if (placeholder == null) {
			placeholder = PhotoImages.placeholder(picture.getDisplay());
		}
		picture.setImage(placeholder);
		if (image != null) {
			image.dispose();
			image = null;
		}
		showsPhoto = false;
		setCaption(reason);
	}

	private void setCaption(String text) {
		caption.setText(text);
		caption.getParent().layout(true, true);
	}

	private void choose() {
		Persona persona = edits.persona();
		FileDialog dialog = new FileDialog(picture.getShell(), SWT.OPEN);
		dialog.setText("Choose a photo of " + persona.getName());
		dialog.setFilterExtensions(new String[] { "*.png;*.jpg;*.jpeg;*.gif;*.bmp", "*.*" });
		dialog.setFilterNames(new String[] { "Pictures (PNG, JPEG, GIF, BMP)", "All files" });
		Path folder = PhotoLocation.folderOf(mapUri());
		if (folder != null) {
			dialog.setFilterPath(folder.toString());
		}
		String chosen = dialog.open();
		if (chosen != null) {
			usePhoto(Path.of(chosen));
		}
	}

	private URI mapUri() {
		return edits.persona().eResource() == null ? null : edits.persona().eResource().getURI();
	}

	private void disposeImages() {
		if (image != null) {
			image.dispose();
		}
		if (placeholder != null) {
			placeholder.dispose();
		}
	}
}
