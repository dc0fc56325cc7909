package org.cjmstudio.collab.client;

/** Someone who has a map open, and the element they have selected (null for none). */
public record Presence(String user, String selection) {
}
