package dev.inkasso.export;

import java.util.List;

/**
 * A list as people export it: a title, column names and rows of plain values (text, numbers as
 * {@link java.math.BigDecimal} or {@link Long}, dates as {@link java.time.LocalDate}). Every page list and every
 * dashboard table is one, so each can be downloaded as CSV and XLSX the same way.
 */
public record Table(String name, String title, List<String> columns, List<List<Object>> rows) {
}
