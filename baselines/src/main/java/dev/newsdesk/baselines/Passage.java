package dev.newsdesk.baselines;

/** Line {@code index + 1} of passages.jsonl; its vector is row {@code index} of vectors.f32. */
record Passage(int index, String id, String text) {}
