package dev.newsdesk.baselines;

/** One line of queries.jsonl: the question and the vector the benchmark computed for it. */
record QueryItem(String id, String text, float[] vector) {}
