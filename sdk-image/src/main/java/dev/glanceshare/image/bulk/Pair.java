package dev.glanceshare.image.bulk;

/** One (image, project) pair of a run and its place in the input order. */
record Pair(int index, String imageId, String projectId) {
}
