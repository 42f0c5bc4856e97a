package dev.inkasso.communication;

import dev.inkasso.interaction.ContactChannel;
import dev.inkasso.interaction.InteractionRepository;
import dev.inkasso.debtor.Debtor;
import dev.inkasso.debtor.DebtorType;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enforces when, how often and whether a debtor may be contacted automatically. Everything is judged in
 * the debtor's own time zone and working-day calendar.
 */
@Service
public class ContactPolicy {
    private static final Set<ContactChannel> MESSAGES = Set.of(ContactChannel.EMAIL, ContactChannel.SMS);
    private static final Set<ContactChannel> CALLS = Set.of(ContactChannel.PHONE);
    private static final Duration RECHECK_BLOCKED = Duration.ofDays(1);
    private static final int MAX_STEPS = 64;

    private final ContactPolicyProperties properties;
    private final ProductionCalendar calendar;
    private final ContactRestrictionRepository restrictions;
    private final InteractionRepository interactions;

    public ContactPolicy(ContactPolicyProperties properties, ProductionCalendar calendar,
                         ContactRestrictionRepository restrictions, InteractionRepository interactions) {
        this.properties = properties;
        this.calendar = calendar;
        this.restrictions = restrictions;
        this.interactions = interactions;
    }

    @Transactional(readOnly = true)
    public ContactDecision decide(Debtor debtor, ContactChannel channel, Instant now) {
        ZoneId zone = debtor.getTimeZone();
        LocalDate today = LocalDate.ofInstant(now, zone);
        List<ContactRestriction> active = activeRestrictions(debtor, today);
        Optional<ContactRestriction> blocker = active.stream()
                .filter(r -> r.getKind() != ContactRestrictionKind.REPRESENTATIVE_ONLY).findFirst();
        if (blocker.isPresent()) {
            ContactRestriction r = blocker.get();
            Instant recheck = r.getValidUntil() != null
                    ? r.getValidUntil().plusDays(1).atStartOfDay(zone).toInstant() : now.plus(RECHECK_BLOCKED);
            return ContactDecision.waitUntil(recheck, "RESTRICTED_" + r.getKind());
        }
        Instant allowedAt = properties.enforceHoursAndCaps() ? firstAllowedMoment(debtor, channel, now) : now;
        if (allowedAt.isAfter(now)) {
            return ContactDecision.waitUntil(allowedAt, reasonAt(debtor, channel, now));
        }
        return active.stream()
                .filter(r -> r.getKind() == ContactRestrictionKind.REPRESENTATIVE_ONLY).findFirst()
                .map(r -> ContactDecision.sendTo(r.getRepresentativeEmail(), "REPRESENTATIVE_ONLY"))
                .orElse(ContactDecision.send());
    }

    /** The first moment from {@code from} on that lies in a contact window and under every cap. */
    Instant firstAllowedMoment(Debtor debtor, ContactChannel channel, Instant from) {
        Instant candidate = from;
        for (int step = 0; step < MAX_STEPS; step++) {
            Instant inWindow = nextInWindow(debtor, candidate);
            Instant underCaps = nextUnderCaps(debtor, channel, inWindow);
            if (underCaps.equals(inWindow)) {
                return inWindow;
            }
            candidate = underCaps;
        }
        throw new IllegalStateException("no contact moment found within " + MAX_STEPS + " steps");
    }

    private String reasonAt(Debtor debtor, ContactChannel channel, Instant now) {
        return nextInWindow(debtor, now).equals(now) ? "CONTACT_CAP_REACHED" : "OUTSIDE_CONTACT_HOURS";
    }

    private Instant nextInWindow(Debtor debtor, Instant at) {
        ZoneId zone = debtor.getTimeZone();
        LocalDateTime local = LocalDateTime.ofInstant(at, zone);
        for (int day = 0; day < 30; day++) {
            LocalDate date = local.toLocalDate().plusDays(day);
            Optional<ContactPolicyProperties.Window> window = windowOn(debtor.getType(), date);
            if (window.isEmpty()) {
                continue;
            }
            LocalDateTime start = date.atTime(window.get().from());
            LocalDateTime end = date.atTime(window.get().to());
            if (day == 0 && !local.isBefore(start) && local.isBefore(end)) {
                return at;
            }
            if (local.isBefore(start)) {
                return start.atZone(zone).toInstant();
            }
        }
        throw new IllegalStateException("no contact window within 30 days");
    }

    private Optional<ContactPolicyProperties.Window> windowOn(DebtorType type, LocalDate date) {
        boolean working = calendar.isWorkingDay(date);
        if (type != DebtorType.INDIVIDUAL) {
            return working ? Optional.of(properties.businessHours()) : Optional.empty();
        }
        return Optional.of(working ? properties.individualWorkingDay() : properties.individualDayOff());
    }

    /**
     * Whether a contact with this debtor on this channel counts against 230-ФЗ's caps: then two contacts must not be
     * decided at once, or both would count the same earlier ones.
     */
    public boolean capped(Debtor debtor, ContactChannel channel) {
        return properties.enforceHoursAndCaps() && debtor.getType() == DebtorType.INDIVIDUAL
                && (MESSAGES.contains(channel) || CALLS.contains(channel));
    }

    /** 230-ФЗ caps count per calendar day, week (Monday to Sunday) and month, for individuals only. */
    private Instant nextUnderCaps(Debtor debtor, ContactChannel channel, Instant at) {
        if (!capped(debtor, channel)) {
            return at;
        }
        Set<ContactChannel> group = MESSAGES.contains(channel) ? MESSAGES : CALLS;
        ContactPolicyProperties.Caps caps = MESSAGES.contains(channel) ? properties.messages() : properties.calls();
        ZoneId zone = debtor.getTimeZone();
        LocalDate day = LocalDate.ofInstant(at, zone);
        LocalDate week = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate month = day.withDayOfMonth(1);
        List<Window> windows = List.of(
                new Window(day, day.plusDays(1), caps.perDay()),
                new Window(week, week.plusWeeks(1), caps.perWeek()),
                new Window(month, month.plusMonths(1), caps.perMonth()));
        return windows.stream()
                .filter(w -> interactions.countContacts(debtor.getId(), group, start(w.from(), zone), start(w.to(), zone)) >= w.cap())
                .map(w -> start(w.to(), zone))
                .max(Comparator.naturalOrder())
                .orElse(at);
    }

    private record Window(LocalDate from, LocalDate to, int cap) {
    }

    private static Instant start(LocalDate day, ZoneId zone) {
        return ZonedDateTime.of(day, LocalTime.MIDNIGHT, zone).toInstant();
    }

    private List<ContactRestriction> activeRestrictions(Debtor debtor, LocalDate day) {
        return restrictions.findByDebtorIdOrderByValidFromAsc(debtor.getId()).stream().filter(r -> r.activeOn(day)).toList();
    }
}
