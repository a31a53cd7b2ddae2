/** Implementation of the image services; not public API and may change without notice. */
package dev.glanceshare.image.internal;
