package org.cjmstudio.diagram.lanes;

import java.net.URL;

/**
 * A palette tool that creates a card of its lane: its label, tool tip and icon (16×16; null for the icon the model
 * gives the card's class, which a plugin's card class has not: its tool then shows its label alone).
 */
public record PaletteItem(String label, String description, URL icon) {
}
