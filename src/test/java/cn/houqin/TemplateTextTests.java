package cn.houqin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fails the build when a template holds literal UI text instead of message keys: text
 * between tags, and {@code placeholder}, {@code title}, {@code alt}, {@code aria-label}
 * attributes.
 */
class TemplateTextTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern TEXT = Pattern.compile(">([^<>]*)<");

	private static final Pattern ATTRIBUTE = Pattern
		.compile("(?<![:-])\\b(placeholder|title|alt|aria-label|data-confirm)=\"([^\"]*)\"");

	private static final Pattern WORD = Pattern.compile("[\\p{IsHan}]|[A-Za-z]{2,}");

	@Test
	void templatesHoldNoLiteralText() throws IOException {
		List<String> offences = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				offences.addAll(literalText(TEMPLATES.relativize(file).toString(), Files.readString(file)));
			}
		}
		assertThat(offences).isEmpty();
	}

	@Test
	void detectsLiteralTextBetweenTags() {
		assertThat(literalText("x.html", "<p>保存</p><span th:text=\"#{a}\"></span>")).hasSize(1);
		assertThat(literalText("x.html", "<input placeholder=\"Search\">")).hasSize(1);
		assertThat(literalText("x.html", "<input th:attr=\"placeholder=#{a}\"><p th:text=\"#{b}\"></p>")).isEmpty();
	}

	static List<String> literalText(String name, String html) {
		String markup = html.replaceAll("(?s)<!--.*?-->", "")
			.replaceAll("(?s)<script.*?</script>", "")
			.replaceAll("(?s)<style.*?</style>", "")
			.replaceAll("(?s)<code[^>]*>.*?</code>", "");
		List<String> offences = new ArrayList<>();
		Matcher text = TEXT.matcher(markup);
		while (text.find()) {
			String content = text.group(1).replace("&nbsp;", "").trim();
			if (WORD.matcher(content).find() && !content.startsWith("[[") && !content.startsWith("[(")) {
				offences.add(name + ": text \"" + content + "\"");
			}
		}
		Matcher attribute = ATTRIBUTE.matcher(markup);
		while (attribute.find()) {
			if (WORD.matcher(attribute.group(2)).find()) {
				offences.add(name + ": " + attribute.group(1) + "=\"" + attribute.group(2) + "\"");
			}
		}
		return offences;
	}

}
