package org.tandem.workforce;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The personnel evidence binder as sections of text and tables, and the two forms it is
 * handed over in: one PDF, and a ZIP with one CSV file a section.
 */
public record BinderDocument(String title, List<String> subtitle, List<Section> sections) {

	/** One section: a heading, lines of text, and a table (headers, then rows). */
	public record Section(String file, String heading, List<String> lines, List<String> headers,
			List<List<String>> rows) {
	}

	private static final float MARGIN = 50;

	private static final float WIDTH = PDRectangle.LETTER.getWidth() - 2 * MARGIN;

	public byte[] pdf() {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Writer writer = new Writer(document);
			writer.line(this.title, writer.bold, 18);
			for (String line : this.subtitle) {
				writer.line(line, writer.regular, 10);
			}
			writer.gap(10);
			for (int i = 0; i < this.sections.size(); i++) {
				writer.line((i + 1) + ". " + this.sections.get(i).heading(), writer.regular, 11);
			}
			for (int i = 0; i < this.sections.size(); i++) {
				Section section = this.sections.get(i);
				writer.newPage();
				writer.line((i + 1) + ". " + section.heading(), writer.bold, 14);
				writer.gap(4);
				for (String line : section.lines()) {
					writer.paragraph(line, writer.regular, 10);
				}
				if (!section.headers().isEmpty()) {
					writer.gap(4);
					writer.paragraph(String.join(" | ", section.headers()), writer.bold, 9);
					for (List<String> row : section.rows()) {
						writer.paragraph(String.join(" | ", row), writer.regular, 9);
					}
				}
			}
			writer.close();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public byte[] zip() {
		try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
				ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			for (int i = 0; i < this.sections.size(); i++) {
				Section section = this.sections.get(i);
				zip.putNextEntry(new ZipEntry(String.format("%02d-%s.csv", i + 1, section.file())));
				StringBuilder csv = new StringBuilder();
				if (section.headers().isEmpty()) {
					csv.append(csvRow(List.of(section.heading())));
					section.lines().forEach(line -> csv.append(csvRow(List.of(line))));
				}
				else {
					csv.append(csvRow(section.headers()));
					section.rows().forEach(row -> csv.append(csvRow(row)));
				}
				zip.write(csv.toString().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
			zip.finish();
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String csvRow(List<String> cells) {
		List<String> quoted = new ArrayList<>();
		for (String cell : cells) {
			String value = cell == null ? "" : cell;
			// a cell that a spreadsheet would read as a formula is prefixed so it stays
			// text
			if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
				value = "'" + value;
			}
			quoted.add("\"" + value.replace("\"", "\"\"") + "\"");
		}
		return String.join(",", quoted) + "\r\n";
	}

	/** Text laid out down the page, a new page when one is full. */
	private static final class Writer {

		final PDDocument document;

		final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

		final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

		PDPageContentStream stream;

		float y;

		Writer(PDDocument document) throws IOException {
			this.document = document;
			newPage();
		}

		void newPage() throws IOException {
			if (this.stream != null) {
				this.stream.close();
			}
			PDPage page = new PDPage(PDRectangle.LETTER);
			this.document.addPage(page);
			this.stream = new PDPageContentStream(this.document, page);
			this.y = PDRectangle.LETTER.getHeight() - MARGIN;
		}

		void gap(float points) {
			this.y -= points;
		}

		void line(String text, PDType1Font font, float size) throws IOException {
			if (size < 2) {
				return;
			}
			if (this.y - size * 1.4f < MARGIN) {
				newPage();
			}
			this.y -= size * 1.4f;
			this.stream.beginText();
			this.stream.setFont(font, size);
			this.stream.newLineAtOffset(MARGIN, this.y);
			this.stream.showText(printable(text).replace('\n', ' '));
			this.stream.endText();
		}

		void paragraph(String text, PDType1Font font, float size) throws IOException {
			for (String raw : printable(text).split("\n")) {
				StringBuilder current = new StringBuilder();
				for (String word : raw.split(" ")) {
					String candidate = current.isEmpty() ? word : current + " " + word;
					if (font.getStringWidth(candidate) / 1000 * size > WIDTH && !current.isEmpty()) {
						line(current.toString(), font, size);
						current = new StringBuilder(word);
					}
					else {
						current = new StringBuilder(candidate);
					}
				}
				line(current.toString(), font, size);
			}
		}

		void close() throws IOException {
			this.stream.close();
		}

		/**
		 * The standard fonts encode Latin-1 (WinAnsi): other characters become close
		 * ones.
		 */
		static String printable(String text) {
			StringBuilder out = new StringBuilder();
			for (char c : (text == null ? "" : text).toCharArray()) {
				switch (c) {
					case '\u2018', '\u2019' -> out.append('\'');
					case '\u201C', '\u201D' -> out.append('"');
					case '\u2013', '\u2014' -> out.append('-');
					case '\t', '\r' -> out.append(' ');
					default -> out.append(c == '\n' || (c >= 32 && c <= 126) || (c >= 160 && c <= 255) ? c : '?');
				}
			}
			return out.toString();
		}

	}

}
