package org.cjmstudio.collab.client;

/** A map in the team repository as the Team Maps view lists it. */
public record TeamMapInfo(String id, String title, long version, String owner, boolean canWrite) {
}
