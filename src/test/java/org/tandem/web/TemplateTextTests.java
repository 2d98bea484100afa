package org.tandem.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text a person reads comes from the message bundles, in English and Spanish: no
 * template holds hard-coded words, every key a template names exists in both languages,
 * and the two languages have the same keys.
 */
class TemplateTextTests {

	private static final Path TEMPLATES = Path.of("src/main/jte");

	private static final Path BUNDLES = Path.of("src/main/resources/i18n");

	private static final Pattern LITERAL_KEY = Pattern.compile("\\bt\\(\"([A-Za-z0-9_.\\-]+)\"\\s*[,)]");

	private static final Pattern VISIBLE_ATTRIBUTE = Pattern
		.compile("\\b(?:aria-label|title|placeholder|alt)=\"([^\"]*)\"");

	@Test
	void templates_hold_no_hard_coded_text() throws IOException {
		List<String> offenders = new ArrayList<>();
		for (Path template : templates()) {
			String text = withoutJte(Files.readString(template));
			Matcher attributes = VISIBLE_ATTRIBUTE.matcher(text);
			while (attributes.find()) {
				if (attributes.group(1).matches(".*\\p{L}.*")) {
					offenders.add(template + ": attribute text '" + attributes.group(1) + "'");
				}
			}
			String between = text.replaceAll("(?s)<!--.*?-->", " ")
				.replaceAll("(?s)<script.*?</script>", " ")
				.replaceAll("(?s)<[^>]*>", " ");
			for (String line : between.split("\n")) {
				if (line.matches(".*\\p{L}.*")) {
					offenders.add(template + ": text '" + line.strip() + "'");
				}
			}
		}
		assertThat(offenders).as("text in templates must come from message keys").isEmpty();
	}

	@Test
	void every_key_a_template_names_exists_in_english_and_spanish() throws IOException {
		Properties english = bundle("");
		Properties spanish = bundle("_es");
		Set<String> missing = new TreeSet<>();
		for (Path template : templates()) {
			Matcher keys = LITERAL_KEY.matcher(Files.readString(template));
			while (keys.find()) {
				String key = keys.group(1);
				if (!english.containsKey(key)) {
					missing.add(key + " (en, " + template.getFileName() + ")");
				}
				if (!spanish.containsKey(key)) {
					missing.add(key + " (es, " + template.getFileName() + ")");
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void english_and_spanish_bundles_have_the_same_keys() throws IOException {
		assertThat(new TreeSet<>(bundle("_es").stringPropertyNames()))
			.isEqualTo(new TreeSet<>(bundle("").stringPropertyNames()));
	}

	/**
	 * Removes JTE's own syntax: directives, code and output expressions (with nested
	 * braces).
	 */
	static String withoutJte(String source) {
		StringBuilder out = new StringBuilder();
		int i = 0;
		while (i < source.length()) {
			if (source.startsWith("${", i) || source.startsWith("!{", i) || source.startsWith("$unsafe{", i)) {
				i = skipBalanced(source, source.indexOf('{', i));
				continue;
			}
			if (source.charAt(i) == '@' && i + 1 < source.length() && Character.isLetter(source.charAt(i + 1))) {
				int j = i + 1;
				while (j < source.length()
						&& (Character.isLetterOrDigit(source.charAt(j)) || source.charAt(j) == '.')) {
					j++;
				}
				String directive = source.substring(i + 1, j);
				if (directive.equals("import") || directive.equals("param")) {
					int end = source.indexOf('\n', j);
					i = end < 0 ? source.length() : end;
					continue;
				}
				if (j < source.length() && source.charAt(j) == '(') {
					i = skipBalancedParens(source, j);
				}
				else {
					i = j;
				}
				continue;
			}
			if (source.startsWith("@`", i) || source.charAt(i) == '`') {
				i += source.startsWith("@`", i) ? 2 : 1;
				continue;
			}
			out.append(source.charAt(i));
			i++;
		}
		return out.toString();
	}

	private static int skipBalanced(String source, int openBrace) {
		int depth = 0;
		for (int i = openBrace; i < source.length(); i++) {
			char c = source.charAt(i);
			if (c == '{') {
				depth++;
			}
			else if (c == '}' && --depth == 0) {
				return i + 1;
			}
		}
		return source.length();
	}

	private static int skipBalancedParens(String source, int openParen) {
		int depth = 0;
		boolean inString = false;
		for (int i = openParen; i < source.length(); i++) {
			char c = source.charAt(i);
			if (c == '"' && source.charAt(i - 1) != '\\') {
				inString = !inString;
			}
			if (inString) {
				continue;
			}
			if (c == '(') {
				depth++;
			}
			else if (c == ')' && --depth == 0) {
				return i + 1;
			}
		}
		return source.length();
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(p -> p.toString().endsWith(".jte")).sorted().toList();
		}
	}

	private static Properties bundle(String suffix) throws IOException {
		Properties all = new Properties();
		try (Stream<Path> files = Files.list(BUNDLES)) {
			for (Path file : files.filter(p -> p.getFileName().toString().matches("[a-z]+" + suffix + "\\.properties"))
				.toList()) {
				try (InputStream in = Files.newInputStream(file)) {
					Properties one = new Properties();
					one.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
					all.putAll(one);
				}
			}
		}
		return all;
	}

}
