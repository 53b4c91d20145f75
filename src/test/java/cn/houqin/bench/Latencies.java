package cn.houqin.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * Recorded latencies of one step (nanoseconds) and their percentiles, nearest-rank.
 */
final class Latencies {

	private long[] values = new long[1024];

	private int size;

	void add(long nanos) {
		if (this.size == this.values.length) {
			this.values = Arrays.copyOf(this.values, this.size * 2);
		}
		this.values[this.size++] = nanos;
	}

	void addAll(Latencies other) {
		for (int i = 0; i < other.size; i++) {
			add(other.values[i]);
		}
	}

	int count() {
		return this.size;
	}

	/** The p-th percentile in milliseconds (p in 0..100). */
	double percentile(double p) {
		if (this.size == 0) {
			return Double.NaN;
		}
		long[] sorted = Arrays.copyOf(this.values, this.size);
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(p / 100.0 * this.size);
		return sorted[Math.max(0, Math.min(this.size - 1, rank - 1))] / 1e6;
	}

	String row() {
		return String.format(Locale.ROOT, "%.1f | %.1f | %.1f", percentile(50), percentile(95), percentile(99));
	}

}
