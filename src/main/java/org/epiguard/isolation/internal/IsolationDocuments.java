package org.epiguard.isolation.internal;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import org.epiguard.geo.GeoDirectory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The printed quarantine decisions and release certificates, one page per episode, any number in one
 * PDF. The text is set in DejaVu Sans (shipped under {@code fonts/} with its licence, embedded in every
 * file) so that Vietnamese diacritics print.
 */
@Component
class IsolationDocuments {

    private final MessageSource messages;
    private final GeoDirectory geo;
    private volatile byte[] fontBytes;

    IsolationDocuments(MessageSource messages, GeoDirectory geo) {
        this.messages = messages;
        this.geo = geo;
    }

    enum Kind { DECISION, CERTIFICATE }

    byte[] render(Kind kind, List<Episode> episodes, String issuer) {
        Locale locale = LocaleContextHolder.getLocale();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(doc, out);
            BaseFont base = BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, font(), null);
            Font normal = new Font(base, 12);
            Font heading = new Font(base, 13, Font.BOLD);
            Font title = new Font(base, 16, Font.BOLD);
            doc.addTitle(text(kind == Kind.DECISION ? "isolation.pdf.decision.title" : "isolation.pdf.certificate.title", locale));
            doc.open();
            if (episodes.isEmpty()) {
                doc.add(new Paragraph(" ", normal));
            }
            boolean first = true;
            for (Episode e : episodes) {
                if (!first) {
                    doc.newPage();
                }
                first = false;
                centred(doc, text("isolation.pdf.nation", locale), heading, 0);
                centred(doc, text("isolation.pdf.motto", locale), normal, 4);
                centred(doc, text("isolation.pdf.issuer", locale, issuer), normal, 18);
                centred(doc, text(kind == Kind.DECISION ? "isolation.pdf.decision.title" : "isolation.pdf.certificate.title",
                        locale), title, 18);
                line(doc, text("isolation.pdf.person", locale, e.personName(), e.birthYear()), normal);
                line(doc, text("isolation.pdf.address", locale, geo.describe(e.communeCode())), normal);
                line(doc, text("isolation.pdf.kind", locale, text("isolation.kind." + e.kind(), locale)), normal);
                line(doc, text("isolation.pdf.place", locale, text("isolation.place." + e.place(), locale)
                        + (e.placeUnitName() == null ? "" : " - " + e.placeUnitName())), normal);
                line(doc, text("isolation.pdf.period", locale, IsolationDates.show(e.startDate()),
                        IsolationDates.show(e.plannedEnd())), normal);
                line(doc, text("isolation.pdf.monitor", locale, IsolationDates.show(e.monitorUntil())), normal);
                if (!e.testDays().isEmpty()) {
                    line(doc, text("isolation.pdf.tests", locale, e.testDays().stream()
                            .map(d -> IsolationDates.show(e.dateOfDay(d))).collect(Collectors.joining(", "))), normal);
                }
                line(doc, text("isolation.pdf.rule", locale, e.ruleSource()), normal);
                if (kind == Kind.CERTIFICATE) {
                    line(doc, text("isolation.pdf.released", locale, IsolationDates.show(e.endedOn())), heading);
                }
            }
            doc.close();
        } catch (DocumentException | IOException ex) {
            throw new IllegalStateException("cannot write the PDF", ex);
        }
        return out.toByteArray();
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private static void centred(Document doc, String text, Font font, float after) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(after);
        doc.add(p);
    }

    private static void line(Document doc, String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setSpacingAfter(6);
        doc.add(p);
    }

    private byte[] font() {
        if (fontBytes == null) {
            try (InputStream in = new ClassPathResource("fonts/DejaVuSans.ttf").getInputStream()) {
                fontBytes = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return fontBytes;
    }
}
