package org.tandem.assessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A line per instrument of the person's scores over time, oldest on the left, as inline
 * SVG; the table of administrations beside it is the text alternative, and the chart's
 * description lists the points too.
 */
public final class ScoreChart {

	static final int WIDTH = 560;

	static final int HEIGHT = 220;

	private static final int LEFT = 40;

	private static final int RIGHT = 20;

	private static final int TOP = 20;

	private static final int BOTTOM = 30;

	/** Line colours with at least 3:1 contrast on white, told apart by markers too. */
	private static final String[] COLOURS = { "#0b5ed7", "#b02a37", "#146c43", "#6f42c1" };

	private static final String[] MARKERS = { "circle", "square", "diamond", "triangle" };

	private ScoreChart() {
	}

	/** One instrument's line: its name and its points, oldest first. */
	public record Series(String name, List<Point> points) {
	}

	public record Point(Instant at, int score, String when) {
	}

	/**
	 * Groups the administrations by instrument (code and name), oldest first;
	 * {@code when} formats an instant as the organization shows it.
	 */
	public static List<Series> series(List<InstrumentAdministration> administrations, Function<Instant, String> when) {
		Map<String, List<Point>> byInstrument = new LinkedHashMap<>();
		administrations.stream()
			.sorted(Comparator.comparing(InstrumentAdministration::administeredAt))
			.forEach(a -> byInstrument.computeIfAbsent(a.instrumentName(), k -> new ArrayList<>())
				.add(new Point(a.administeredAt(), a.score(), when.apply(a.administeredAt()))));
		return byInstrument.entrySet().stream().map(e -> new Series(e.getKey(), List.copyOf(e.getValue()))).toList();
	}

	/** The SVG markup, or an empty string when there is nothing to chart. */
	public static String svg(List<Series> series, String title, String description) {
		List<Point> all = series.stream().flatMap(s -> s.points().stream()).toList();
		if (all.isEmpty()) {
			return "";
		}
		int maxScore = Math.max(1, all.stream().mapToInt(Point::score).max().orElse(1));
		long first = all.stream().map(Point::at).min(Comparator.naturalOrder()).orElseThrow().getEpochSecond();
		long last = all.stream().map(Point::at).max(Comparator.naturalOrder()).orElseThrow().getEpochSecond();
		double plotWidth = WIDTH - LEFT - RIGHT;
		double plotHeight = HEIGHT - TOP - BOTTOM;
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
			.append(WIDTH)
			.append(' ')
			.append(HEIGHT)
			.append("\" role=\"img\" aria-labelledby=\"score-chart-title score-chart-desc\" class=\"score-chart\">");
		svg.append("<title id=\"score-chart-title\">").append(Ecomap.escape(title)).append("</title>");
		svg.append("<desc id=\"score-chart-desc\">").append(Ecomap.escape(description)).append("</desc>");
		// axes and the top and bottom score
		svg.append(line(LEFT, TOP, LEFT, TOP + plotHeight))
			.append(line(LEFT, TOP + plotHeight, WIDTH - RIGHT, TOP + plotHeight));
		svg.append(text(LEFT - 6, TOP + 4, String.valueOf(maxScore), "end"));
		svg.append(text(LEFT - 6, TOP + plotHeight + 4, "0", "end"));
		for (int s = 0; s < series.size(); s++) {
			Series one = series.get(s);
			String colour = COLOURS[s % COLOURS.length];
			StringBuilder path = new StringBuilder();
			StringBuilder marks = new StringBuilder();
			for (Point p : one.points()) {
				double x = last == first ? LEFT + plotWidth / 2
						: LEFT + plotWidth * (p.at().getEpochSecond() - first) / (double) (last - first);
				double y = TOP + plotHeight - plotHeight * p.score() / maxScore;
				path.append(path.isEmpty() ? "M" : " L").append(Ecomap.fmt(x)).append(' ').append(Ecomap.fmt(y));
				marks.append(marker(MARKERS[s % MARKERS.length], x, y, colour, one.name(), p));
			}
			svg.append("<g class=\"score-series\" data-instrument=\"")
				.append(Ecomap.escape(one.name()))
				.append("\"><path d=\"")
				.append(path)
				.append("\" fill=\"none\" stroke=\"")
				.append(colour)
				.append("\" stroke-width=\"2\"/>")
				.append(marks)
				.append("</g>");
			svg.append(text(LEFT + 8 + 150 * s, HEIGHT - 8, "● " + one.name(), "start").replace("fill=\"#212529\"",
					"fill=\"" + colour + "\""));
		}
		svg.append("</svg>");
		return svg.toString();
	}

	private static String marker(String shape, double x, double y, String colour, String name, Point p) {
		String at = "<title>" + Ecomap.escape(name + ": " + p.score() + " (" + p.when() + ")") + "</title>";
		String cx = Ecomap.fmt(x);
		String cy = Ecomap.fmt(y);
		return switch (shape) {
			case "square" -> "<rect class=\"score-point\" x=\"" + Ecomap.fmt(x - 4) + "\" y=\"" + Ecomap.fmt(y - 4)
					+ "\" width=\"8\" height=\"8\" fill=\"" + colour + "\">" + at + "</rect>";
			case "diamond" -> "<path class=\"score-point\" d=\"M" + cx + " " + Ecomap.fmt(y - 5) + " L"
					+ Ecomap.fmt(x + 5) + " " + cy + " L" + cx + " " + Ecomap.fmt(y + 5) + " L" + Ecomap.fmt(x - 5)
					+ " " + cy + " Z\" fill=\"" + colour + "\">" + at + "</path>";
			case "triangle" -> "<path class=\"score-point\" d=\"M" + cx + " " + Ecomap.fmt(y - 5) + " L"
					+ Ecomap.fmt(x + 5) + " " + Ecomap.fmt(y + 4) + " L" + Ecomap.fmt(x - 5) + " " + Ecomap.fmt(y + 4)
					+ " Z\" fill=\"" + colour + "\">" + at + "</path>";
			default -> "<circle class=\"score-point\" cx=\"" + cx + "\" cy=\"" + cy + "\" r=\"4\" fill=\"" + colour
					+ "\">" + at + "</circle>";
		};
	}

	private static String line(double x1, double y1, double x2, double y2) {
		return "<line x1=\"" + Ecomap.fmt(x1) + "\" y1=\"" + Ecomap.fmt(y1) + "\" x2=\"" + Ecomap.fmt(x2) + "\" y2=\""
				+ Ecomap.fmt(y2) + "\" stroke=\"#212529\"/>";
	}

	private static String text(double x, double y, String text, String anchor) {
		return "<text x=\"" + Ecomap.fmt(x) + "\" y=\"" + Ecomap.fmt(y) + "\" font-size=\"11\" text-anchor=\"" + anchor
				+ "\" fill=\"#212529\">" + Ecomap.escape(text) + "</text>";
	}

}
