package dev.inkasso.support;

import dev.inkasso.debtor.DebtorRequest;
import dev.inkasso.debtor.TaxIds;
import dev.inkasso.invoice.InvoiceRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Fresh, valid test data: every call gives new invoice numbers, ИНН and addresses, so tests never collide. */
public final class Fixtures {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Fixtures() {
    }

    public static String invoiceNumber(String prefix) {
        return prefix + "-" + System.currentTimeMillis() % 100_000_000 + "-" + SEQUENCE.incrementAndGet();
    }

    public static String organisationInn() {
        return TaxIds.completeInn(randomDigits(9));
    }

    public static String personInn() {
        return TaxIds.completeInn(randomDigits(10));
    }

    public static String email() {
        return "debtor" + SEQUENCE.incrementAndGet() + "." + randomDigits(6) + "@example.ru";
    }

    public static DebtorRequest organisation(String name) {
        return new DebtorRequest("ORGANIZATION", name, organisationInn(), null, email(), "+7 495 123-45-67",
                "г. Москва, ул. Тверская, д. 1", "Europe/Moscow");
    }

    public static InvoiceRequest invoice(String number, String amount, LocalDate dueDate) {
        return invoice(number, organisation("ООО «Должник»"), amount, dueDate);
    }

    public static InvoiceRequest invoice(String number, DebtorRequest debtor, String amount, LocalDate dueDate) {
        return new InvoiceRequest(number, debtor, null, new BigDecimal(amount), dueDate.minusDays(30), dueDate,
                "Договор № 15/2026", null);
    }

    private static String randomDigits(int count) {
        StringBuilder digits = new StringBuilder();
        digits.append(ThreadLocalRandom.current().nextInt(1, 10));
        while (digits.length() < count) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        return digits.toString();
    }
}
