package dev.inkasso.debtor;

import dev.inkasso.web.ConflictException;
import dev.inkasso.web.FieldProblem;
import dev.inkasso.web.InvalidInputException;
import dev.inkasso.web.NotFoundException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class DebtorService {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()\\-]{6,20}$");
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Moscow");

    private final DebtorRepository debtors;
    private final Clock clock;

    public DebtorService(DebtorRepository debtors, Clock clock) {
        this.debtors = debtors;
        this.clock = clock;
    }

    @Transactional
    public Debtor register(DebtorRequest request) {
        throwIfInvalid(validate(request, ""));
        if (debtors.findByInn(request.inn()).isPresent()) {
            throw new ConflictException("inn", "a debtor with this ИНН exists already");
        }
        return createNow(request);
    }

    /** The debtor with the request's ИНН, or a new one: invoices for a known debtor reuse its record. */
    @Transactional
    public Debtor findOrCreate(DebtorRequest request) {
        return debtors.findByInn(request.inn()).orElseGet(() -> createNow(request));
    }

    /**
     * The debtors of a batch by ИНН, in one query: known ones as they are, new ones created from the first request
     * naming their ИНН (the rest of a batch's rows for that ИНН reuse it, as {@link #findOrCreate} would).
     */
    @Transactional
    public java.util.Map<String, Debtor> findOrCreateAll(List<DebtorRequest> requests) {
        java.util.Map<String, Debtor> byInn = new java.util.HashMap<>();
        debtors.findByInnIn(requests.stream().map(DebtorRequest::inn).distinct().toList())
                .forEach(d -> byInn.put(d.getInn(), d));
        for (DebtorRequest request : requests) {
            byInn.computeIfAbsent(request.inn(), inn -> create(request));
        }
        // the batch's new debtors are written together, before the caller goes on
        debtors.flush();
        return byInn;
    }

    @Transactional(readOnly = true)
    public Debtor get(long id) {
        return debtors.findById(id).orElseThrow(() -> new NotFoundException("No debtor " + id));
    }

    /** Every problem of the request, each naming its field under {@code prefix} (e.g. "debtor."). */
    public List<FieldProblem> validate(DebtorRequest r, String prefix) {
        List<FieldProblem> problems = new ArrayList<>();
        DebtorType type = parseType(r.type());
        if (type == null) {
            problems.add(FieldProblem.of(prefix + "type", "must be one of ORGANIZATION, SOLE_PROPRIETOR, INDIVIDUAL"));
        }
        tooLong(problems, prefix + "name", r.name(), MAX_NAME);
        tooLong(problems, prefix + "address", r.address(), MAX_ADDRESS);
        tooLong(problems, prefix + "email", r.email(), MAX_EMAIL);
        if (isBlank(r.name())) {
            problems.add(FieldProblem.of(prefix + "name", "must not be blank"));
        }
        if (isBlank(r.inn())) {
            problems.add(FieldProblem.of(prefix + "inn", "must not be blank"));
        } else if (!TaxIds.isValidInn(r.inn())) {
            problems.add(FieldProblem.of(prefix + "inn", "is not a valid ИНН (10 or 12 digits with a correct checksum)"));
        } else if (type != null && r.inn().length() != type.innLength()) {
            problems.add(FieldProblem.of(prefix + "inn", "must have " + type.innLength() + " digits for " + type));
        }
        if (!isBlank(r.ogrn())) {
            if (type == DebtorType.INDIVIDUAL) {
                problems.add(FieldProblem.of(prefix + "ogrn", "an individual has no ОГРН"));
            } else if (!TaxIds.isValidOgrn(r.ogrn())) {
                problems.add(FieldProblem.of(prefix + "ogrn", "is not a valid ОГРН/ОГРНИП"));
            } else if (type != null && r.ogrn().length() != (type == DebtorType.ORGANIZATION ? 13 : 15)) {
                problems.add(FieldProblem.of(prefix + "ogrn", type == DebtorType.ORGANIZATION
                        ? "an organisation's ОГРН has 13 digits" : "a sole proprietor's ОГРНИП has 15 digits"));
            }
        }
        if (isBlank(r.email()) && isBlank(r.address())) {
            problems.add(FieldProblem.of(prefix + "email", "an email or a postal address is needed to contact the debtor"));
        } else if (!isBlank(r.email()) && !EMAIL.matcher(r.email()).matches()) {
            problems.add(FieldProblem.of(prefix + "email", "is not a valid email address"));
        }
        if (!isBlank(r.phone()) && !PHONE.matcher(r.phone()).matches()) {
            problems.add(FieldProblem.of(prefix + "phone", "is not a valid phone number"));
        }
        if (!isBlank(r.relationship()) && parseRelationship(r.relationship()) == null) {
            problems.add(FieldProblem.of(prefix + "relationship", "must be one of LONG_TERM_PARTNER, ONE_OFF, NEW"));
        }
        if (!isBlank(r.timeZone()) && parseZone(r.timeZone()) == null) {
            problems.add(FieldProblem.of(prefix + "timeZone", "is not a known time zone (e.g. Europe/Moscow)"));
        }
        return problems;
    }

    /**
     * A new debtor whose row is written before this returns. Its id is drawn ahead (V13), so the row would otherwise
     * wait for the flush, and a caller going on with plain SQL that references it (a credit request) would not find it.
     */
    private Debtor createNow(DebtorRequest r) {
        Debtor debtor = create(r);
        debtors.flush();
        return debtor;
    }

    private Debtor create(DebtorRequest r) {
        ZoneId zone = isBlank(r.timeZone()) ? DEFAULT_ZONE : parseZone(r.timeZone());
        return debtors.save(new Debtor(parseType(r.type()), r.name().trim(), r.inn(), blankToNull(r.ogrn()),
                blankToNull(r.email()), blankToNull(r.phone()), blankToNull(r.address()), zone, clock.instant())
                .withRelationship(parseRelationship(r.relationship())));
    }

    private static void throwIfInvalid(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static DebtorType parseType(String type) {
        try {
            return type == null ? null : DebtorType.valueOf(type.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Relationship parseRelationship(String value) {
        try {
            return value == null || value.isBlank() ? Relationship.NEW : Relationship.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static ZoneId parseZone(String zone) {
        try {
            return ZoneId.of(zone.trim());
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** Longer than any real name, address or e-mail: a mistake or an attack, never stored. */
    static final int MAX_NAME = 500;
    static final int MAX_ADDRESS = 1000;
    static final int MAX_EMAIL = 254;

    private static void tooLong(List<FieldProblem> problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(FieldProblem.of(field, "must be at most " + max + " characters"));
        }
    }

    private static String blankToNull(String s) {
        return isBlank(s) ? null : s.trim();
    }
}
