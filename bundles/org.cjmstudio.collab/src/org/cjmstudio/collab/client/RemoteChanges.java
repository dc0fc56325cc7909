package org.cjmstudio.collab.client;

import java.util.List;

/** What a poll brought: patches after the version asked for, and who has the map open now. */
public record RemoteChanges(List<VersionedPatch> patches, List<Presence> presence, long presenceStamp) {
}
