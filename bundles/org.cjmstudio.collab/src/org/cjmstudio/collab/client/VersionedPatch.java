package org.cjmstudio.collab.client;

import org.cjmstudio.collab.patch.MapPatch;

/** A patch from a map's log with the version it made. */
public record VersionedPatch(long version, MapPatch patch) {
}
