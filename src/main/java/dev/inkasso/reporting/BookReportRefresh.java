package dev.inkasso.reporting;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Keeps the dashboard's default view fresh in the background ({@code inkasso.dashboard.refresh}). */
@Component
@ConditionalOnProperty(name = "inkasso.dashboard.background", havingValue = "true", matchIfMissing = true)
class BookReportRefresh {
    private final BookReport book;

    BookReportRefresh(BookReport book) {
        this.book = book;
    }

    @Scheduled(fixedDelayString = "${inkasso.dashboard.refresh:PT1M}", initialDelayString = "${inkasso.dashboard.refresh:PT1M}")
    void refresh() {
        book.refresh();
    }
}
