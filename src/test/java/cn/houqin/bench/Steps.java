package cn.houqin.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * One bounded load step: a fixed pool of threads, each calling its own operation in a
 * closed loop for the warm-up and then for the measured duration; only calls that start
 * inside the measured window count.
 */
final class Steps {

	/** One request (or request pair); answers the HTTP status, 2xx meaning success. */
	interface Call {

		int call() throws Exception;

	}

	interface CallFactory {

		Call create(int thread) throws Exception;

	}

	record Result(long count, Map<Integer, Long> errors, double seconds, Latencies latencies) {

		double throughput() {
			return this.count / this.seconds;
		}

		String errorText() {
			return this.errors.isEmpty() ? "0"
					: this.errors.entrySet()
						.stream()
						.map(e -> (e.getKey() == 0 ? "exception" : "HTTP " + e.getKey()) + " ×" + e.getValue())
						.collect(Collectors.joining(", "));
		}

	}

	private final double warmupSeconds;

	private final double seconds;

	Steps(double warmupSeconds, double seconds) {
		this.warmupSeconds = warmupSeconds;
		this.seconds = seconds;
	}

	Result run(int threads, CallFactory factory) throws Exception {
		List<Call> calls = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			calls.add(factory.create(i));
		}
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		CountDownLatch start = new CountDownLatch(1);
		long begin = System.nanoTime() + 50_000_000L;
		long measureFrom = begin + (long) (this.warmupSeconds * 1e9);
		long end = measureFrom + (long) (this.seconds * 1e9);
		List<Future<Result>> futures = new ArrayList<>();
		for (Call call : calls) {
			futures.add(pool.submit(() -> {
				start.await();
				return loop(call, measureFrom, end);
			}));
		}
		start.countDown();
		long count = 0;
		Map<Integer, Long> errors = new TreeMap<>();
		Latencies latencies = new Latencies();
		for (Future<Result> future : futures) {
			Result one = future.get();
			count += one.count();
			one.errors().forEach((status, n) -> errors.merge(status, n, Long::sum));
			latencies.addAll(one.latencies());
		}
		pool.shutdown();
		return new Result(count, errors, this.seconds, latencies);
	}

	private static Result loop(Call call, long measureFrom, long end) {
		long count = 0;
		Map<Integer, Long> errors = new TreeMap<>();
		Latencies latencies = new Latencies();
		while (true) {
			long started = System.nanoTime();
			if (started >= end) {
				break;
			}
			int status;
			try {
				status = call.call();
			}
			catch (Exception ex) {
				status = 0;
			}
			long took = System.nanoTime() - started;
			if (started < measureFrom) {
				continue;
			}
			if (status / 100 == 2) {
				count++;
				latencies.add(took);
			}
			else {
				errors.merge(status, 1L, Long::sum);
			}
		}
		return new Result(count, errors, 0, latencies);
	}

}
