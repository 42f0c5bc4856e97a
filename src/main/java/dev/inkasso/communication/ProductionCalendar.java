package dev.inkasso.communication;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Russian working days: Monday to Friday, less the holidays of ТК РФ ст. 112 (a holiday other than the
 * January ones that falls on a weekend moves to the next working day, ч. 2), adjusted by the year's
 * Government transfers listed in {@code legal/holidays.csv}.
 */
@Component
public class ProductionCalendar {
    static final String TRANSFERS = "legal/holidays.csv";
    private static final List<MonthDay> JANUARY = List.of(1, 2, 3, 4, 5, 6, 7, 8).stream().map(d -> MonthDay.of(1, d)).toList();
    private static final List<MonthDay> OTHER_HOLIDAYS = List.of(MonthDay.of(2, 23), MonthDay.of(3, 8), MonthDay.of(5, 1),
            MonthDay.of(5, 9), MonthDay.of(6, 12), MonthDay.of(11, 4));

    private final Set<LocalDate> extraHolidays = new HashSet<>();
    private final Set<LocalDate> workingWeekendDays = new HashSet<>();

    public ProductionCalendar() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new ClassPathResource(TRANSFERS).getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("date;")) {
                    continue;
                }
                String[] cells = line.split(";");
                (cells[1].equals("WORKING_DAY") ? workingWeekendDays : extraHolidays).add(LocalDate.parse(cells[0]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isWorkingDay(LocalDate day) {
        if (workingWeekendDays.contains(day)) {
            return true;
        }
        return !isWeekend(day) && !isHoliday(day);
    }

    private boolean isHoliday(LocalDate day) {
        if (extraHolidays.contains(day) || JANUARY.contains(MonthDay.from(day)) || OTHER_HOLIDAYS.contains(MonthDay.from(day))) {
            return true;
        }
        // ч. 2: a weekday after a weekend on which a (non-January) holiday fell
        for (MonthDay holiday : OTHER_HOLIDAYS) {
            LocalDate date = holiday.atYear(day.getYear());
            if (isWeekend(date) && day.equals(nextWeekday(date))) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate nextWeekday(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (isWeekend(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
