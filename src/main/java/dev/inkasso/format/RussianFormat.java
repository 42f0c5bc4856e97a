package dev.inkasso.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Money and dates as Russian documents write them: {@code 1 234 567,89 руб.}, {@code 05.03.2026}. */
public final class RussianFormat {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private RussianFormat() {
    }

    public static String money(BigDecimal amount) {
        return amountOnly(amount) + " руб.";
    }

    public static String amountOnly(BigDecimal amount) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator(' ');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0.00", symbols);
        return format.format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    public static String date(LocalDate date) {
        return date.format(DATE);
    }

    /** A percentage as Russian text: 0.1 → "0,1 %". */
    public static String percent(BigDecimal percent) {
        return percent.stripTrailingZeros().toPlainString().replace('.', ',') + " %";
    }
}
