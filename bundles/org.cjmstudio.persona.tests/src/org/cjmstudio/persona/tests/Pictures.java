package org.cjmstudio.persona.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.PaletteData;

/** Writes small pictures for the photo tests: a blue-green gradient with a warm round face in the middle. */
final class Pictures {

	private Pictures() {
	}

	static Path writePng(Path file, int width, int height) throws IOException {
		ImageData data = new ImageData(width, height, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
		int radius = Math.min(width, height) / 3;
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				int dx = x - width / 2;
				int dy = y - height / 2;
				boolean face = dx * dx + dy * dy < radius * radius;
				int red = face ? 0xF2 : 0x20;
				int green = face ? 0xB8 : 0x60 + 0x60 * y / height;
				int blue = face ? 0x8A : 0xA0 + 0x40 * x / width;
				data.setPixel(x, y, red << 16 | green << 8 | blue);
			}
		}
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { data };
		Files.createDirectories(file.getParent());
		loader.save(file.toString(), SWT.IMAGE_PNG);
		return file;
	}
}
