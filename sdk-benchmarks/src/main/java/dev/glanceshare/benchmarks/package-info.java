/**
 * Benchmarks for glanceshare: a scenario harness (plain mains) and JMH benchmarks, all against the
 * bundled fake unless a main says otherwise. Every figure and the command that reproduces it is in
 * {@code docs/BENCHMARKS.md}.
 */
package dev.glanceshare.benchmarks;
