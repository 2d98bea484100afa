package org.tandem.assessment;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.tandem.clients.NaturalSupport;

/**
 * A simple ecomap: the person in the middle, each member of the helping network around
 * them, joined by a line (solid when the assessment counts them as a support, dashed when
 * not). Drawn as inline SVG with a title and a description a screen reader reads; the
 * list of checkboxes beside it stays the way to change it.
 */
public final class Ecomap {

	static final int SIZE = 360;

	private static final double CENTER = SIZE / 2.0;

	private static final double RADIUS = 130;

	private Ecomap() {
	}

	/**
	 * The SVG markup. {@code title} and {@code description} are the accessible name and
	 * description (already translated); every text is escaped.
	 */
	public static String svg(String personName, List<NaturalSupport> network, Set<UUID> counted, String title,
			String description) {
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
			.append(SIZE)
			.append(' ')
			.append(SIZE)
			.append("\" role=\"img\" aria-labelledby=\"ecomap-title ecomap-desc\" class=\"ecomap\">");
		svg.append("<title id=\"ecomap-title\">").append(escape(title)).append("</title>");
		svg.append("<desc id=\"ecomap-desc\">").append(escape(description)).append("</desc>");
		int n = network.size();
		for (int i = 0; i < n; i++) {
			NaturalSupport support = network.get(i);
			double angle = -Math.PI / 2 + 2 * Math.PI * i / Math.max(n, 1);
			double x = CENTER + RADIUS * Math.cos(angle);
			double y = CENTER + RADIUS * Math.sin(angle);
			boolean isCounted = counted.contains(support.id());
			svg.append("<g class=\"ecomap-support\" data-support=\"").append(support.id()).append("\">");
			svg.append("<line x1=\"")
				.append(fmt(CENTER))
				.append("\" y1=\"")
				.append(fmt(CENTER))
				.append("\" x2=\"")
				.append(fmt(x))
				.append("\" y2=\"")
				.append(fmt(y))
				.append("\" stroke=\"#212529\" stroke-width=\"")
				.append(isCounted ? "3" : "1.5")
				.append('"')
				.append(isCounted ? "" : " stroke-dasharray=\"6 4\"")
				.append("/>");
			svg.append("<circle cx=\"")
				.append(fmt(x))
				.append("\" cy=\"")
				.append(fmt(y))
				.append("\" r=\"30\" fill=\"")
				.append(isCounted ? "#d1e7dd" : "#ffffff")
				.append("\" stroke=\"#212529\"/>");
			svg.append(label(x, y - 4, support.name(), 12, true));
			svg.append(label(x, y + 12, support.relationship(), 10, false));
			svg.append("</g>");
		}
		svg.append("<circle cx=\"")
			.append(fmt(CENTER))
			.append("\" cy=\"")
			.append(fmt(CENTER))
			.append("\" r=\"38\" fill=\"#cfe2ff\" stroke=\"#212529\" stroke-width=\"2\"/>");
		svg.append(label(CENTER, CENTER + 4, personName, 13, true));
		svg.append("</svg>");
		return svg.toString();
	}

	/**
	 * The ecomap in words for its description: each member with their relationship, and
	 * {@code countedWord} after those the assessment counts as a support.
	 */
	public static String describe(List<NaturalSupport> network, Set<UUID> counted, String countedWord) {
		return String.join("; ", network.stream()
			.map(s -> s.name() + " (" + s.relationship() + ")" + (counted.contains(s.id()) ? ", " + countedWord : ""))
			.toList());
	}

	/** The ids a form's checkboxes hold, as a set (unparseable ones left out). */
	public static Set<UUID> ids(List<String> values) {
		java.util.Set<UUID> ids = new java.util.HashSet<>();
		for (String value : values) {
			try {
				ids.add(UUID.fromString(value));
			}
			catch (IllegalArgumentException notAnId) {
				// a tampered checkbox value; validation reports it when the form is saved
			}
		}
		return ids;
	}

	private static String label(double x, double y, String text, int size, boolean bold) {
		String shown = text == null ? "" : text.length() > 16 ? text.substring(0, 15) + "…" : text;
		return "<text x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" font-size=\"" + size + "\" text-anchor=\"middle\""
				+ (bold ? " font-weight=\"bold\"" : "") + " fill=\"#212529\">" + escape(shown) + "</text>";
	}

	static String fmt(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

}
