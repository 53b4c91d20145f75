package cn.houqin.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The machine a run measured: CPU model and count, memory, kernel.
 */
final class Machine {

	private Machine() {
	}

	static String describe() {
		String cpu = first("/proc/cpuinfo", "model name");
		String memory = first("/proc/meminfo", "MemTotal");
		long kb = memory.isBlank() ? 0 : Long.parseLong(memory.replaceAll("\\D", ""));
		return String.format(Locale.ROOT, "%s, %d cores, %.1f GB RAM, %s %s, Java %s", cpu,
				Runtime.getRuntime().availableProcessors(), kb / 1024.0 / 1024.0, System.getProperty("os.name"),
				System.getProperty("os.version"), System.getProperty("java.version"));
	}

	private static String first(String file, String key) {
		try {
			return Files.readAllLines(Path.of(file))
				.stream()
				.filter(l -> l.startsWith(key))
				.map(l -> l.substring(l.indexOf(':') + 1).trim())
				.findFirst()
				.orElse("");
		}
		catch (IOException ex) {
			return "";
		}
	}

}
