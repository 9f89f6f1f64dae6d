package org.epiguard.situation.internal;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/** The daily report as a printable A4 PDF, in Liberation Sans (carried by OpenPDF) for the Vietnamese letters. */
@Component
class ReportPdf {

    private final MessageSource messages;
    private final BaseFont font;

    ReportPdf(MessageSource messages) {
        this.messages = messages;
        try {
            this.font = BaseFont.createFont("font-fallback/LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(DailyReport r, Locale locale, OutputStream out) {
        Font title = new Font(font, 14, Font.BOLD);
        Font body = new Font(font, 10);
        Font bold = new Font(font, 10, Font.BOLD);
        NumberFormat n = NumberFormat.getIntegerInstance(locale);
        Document doc = new Document(PageSize.A4, 36, 36, 36, 36);
        PdfWriter.getInstance(doc, out);
        doc.open();
        doc.add(new Paragraph(text("situation.report.heading", locale, r.unitName(), Dates.format(r.date())), title));
        doc.add(new Paragraph(r.sentence(), body));
        doc.add(new Paragraph(" ", body));
        doc.add(new Paragraph(text("situation.report.new", locale), bold));
        PdfPTable cases = table(body, bold, List.of(text("situation.report.part", locale),
                text("situation.report.newTotal", locale), text("situation.report.community", locale),
                text("situation.report.inQuarantine", locale)));
        for (var l : r.lines()) {
            row(cases, body, l.name(), n.format(l.total()), n.format(l.community()), n.format(l.inQuarantine()));
        }
        row(cases, bold, text("situation.report.newTotal", locale), n.format(r.newCases()), n.format(r.newCommunity()),
                n.format(r.newInQuarantine()));
        doc.add(cases);
        doc.add(new Paragraph(text("situation.report.cumulative", locale) + ": " + n.format(r.cumulativeTotal()) + " ("
                + text("situation.report.imported", locale) + " " + n.format(r.cumulativeImported()) + ", "
                + text("situation.report.domestic", locale) + " " + n.format(r.cumulativeDomestic()) + ")", body));
        doc.add(new Paragraph(" ", body));
        doc.add(new Paragraph(text("situation.report.coverage", locale), bold));
        PdfPTable cov = table(body, bold, List.of(text("situation.report.group", locale),
                text("situation.report.population", locale), text("situation.report.dose", locale, 1),
                text("situation.report.dose", locale, 2), text("situation.report.dose", locale, 3)));
        for (var c : r.coverage()) {
            row(cov, body, c.label(), c.population() == null ? "—" : n.format(c.population()),
                    DailyReports.percent(c.dose1Percent(), locale), DailyReports.percent(c.dose2Percent(), locale),
                    DailyReports.percent(c.dose3Percent(), locale));
        }
        doc.add(cov);
        doc.close();
    }

    private static PdfPTable table(Font body, Font bold, List<String> headers) {
        PdfPTable t = new PdfPTable(headers.size());
        t.setWidthPercentage(100);
        t.setSpacingBefore(4);
        for (String h : headers) {
            t.addCell(new PdfPCell(new Phrase(h, bold)));
        }
        return t;
    }

    private static void row(PdfPTable t, Font font, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            PdfPCell cell = new PdfPCell(new Phrase(cells[i], font));
            if (i > 0) {
                cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
            }
            t.addCell(cell);
        }
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, locale);
    }
}
