package dev.inkasso.reporting;

import java.util.List;

/**
 * Which part of the book a figure covers: all of it, or the cases of some debtors (one debtor's book; a seeded
 * portfolio in tests). Rendered as one SQL condition on the debtor id.
 */
public record BookScope(List<Long> debtorIds) {
    public static BookScope all() {
        return new BookScope(null);
    }

    public static BookScope debtors(List<Long> ids) {
        return new BookScope(List.copyOf(ids));
    }

    /**
     * {@code and <alias>.debtor_id = any(:scopeDebtors)}, or nothing for the whole book; always set off by spaces, so
     * it can stand between two pieces of SQL.
     */
    String on(String invoiceAlias) {
        return debtorIds == null ? " " : " and " + invoiceAlias + ".debtor_id = any(:scopeDebtors) ";
    }

    Long[] ids() {
        return debtorIds == null ? new Long[0] : debtorIds.toArray(Long[]::new);
    }
}
