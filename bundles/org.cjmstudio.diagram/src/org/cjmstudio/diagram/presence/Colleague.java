package org.cjmstudio.diagram.presence;

/**
 * Someone else who has the same map open: their user name and the id of the element they have selected (null for
 * none).
 */
public record Colleague(String name, String selectedId) {
}
