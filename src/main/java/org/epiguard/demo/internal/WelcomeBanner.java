package org.epiguard.demo.internal;

import org.epiguard.demo.DemoLogin;
import org.epiguard.demo.DemoLogins;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * When started by bin/start ({@code epiguard.print-welcome=true}), prints where EpiGuard answers, the
 * demo logins and the situation pages on days of the demo outbreak once the application is ready.
 */
@Component
@ConditionalOnProperty(name = "epiguard.print-welcome", havingValue = "true")
class WelcomeBanner {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /** The situation pages on days of the demo outbreak (they open on today, years after it). */
    static final List<String> OUTBREAK_PAGES = List.of("situation/dashboard?unit=22&date=08/02/2022",
            "situation/map?unit=22&date=05/02/2022", "situation/report?unit=22&date=08/02/2022",
            "tracing/unknown-source");

    private final DemoLogins logins;
    private final MessageSource messages;

    WelcomeBanner(DemoLogins logins, MessageSource messages) {
        this.logins = logins;
        this.messages = messages;
    }

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080");
        print(System.out, "http://localhost:" + port + "/", logins.list());
    }

    void print(PrintStream out, String url, List<DemoLogin> demoLogins) {
        StringBuilder sb = new StringBuilder("\n");
        sb.append("=".repeat(100)).append('\n');
        sb.append("  EpiGuard is ready / EpiGuard đã sẵn sàng:  ").append(url).append('\n');
        if (!demoLogins.isEmpty()) {
            sb.append("\n  Demo logins / Tài khoản demo:\n\n");
            sb.append(String.format("  %-17s %-12s %-27s %s%n", "username", "password", "role", "scope"));
            for (DemoLogin l : demoLogins) {
                String role = messages.getMessage(l.role().labelKey(), null, l.role().name(), VIETNAMESE);
                sb.append(String.format("  %-17s %-12s %-27s %s%n", l.username(), l.password(), role, l.scopeInWords()));
            }
            sb.append("\n  The demo outbreak (Hải Hà industrial zone, 28/01–18/02/2022) / Ổ dịch demo, as bcd.tinh:\n\n");
            for (String page : OUTBREAK_PAGES) {
                sb.append("  ").append(url).append(page).append('\n');
            }
        }
        sb.append("=".repeat(100)).append('\n');
        out.print(sb);
        out.flush();
    }
}
