package dev.inkasso.debtor;

/**
 * Checksums of Russian taxpayer and registration numbers (ИНН, ОГРН, ОГРНИП), as defined by the Federal
 * Tax Service: a number with a wrong control digit is a typo, and a claim filed with it is returned.
 */
public final class TaxIds {
    private static final int[] INN10 = {2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] INN12_FIRST = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] INN12_SECOND = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};

    private TaxIds() {
    }

    public static boolean isValidInn(String inn) {
        if (inn == null || !inn.matches("\\d{10}|\\d{12}")) {
            return false;
        }
        int[] d = inn.chars().map(c -> c - '0').toArray();
        if (d.length == 10) {
            return controlDigit(d, INN10) == d[9];
        }
        return controlDigit(d, INN12_FIRST) == d[10] && controlDigit(d, INN12_SECOND) == d[11];
    }

    /** ОГРН (13 digits): the last digit is the first 12 mod 11 (mod 10); ОГРНИП (15): the first 14 mod 13. */
    public static boolean isValidOgrn(String ogrn) {
        if (ogrn == null || !ogrn.matches("\\d{13}|\\d{15}")) {
            return false;
        }
        int len = ogrn.length();
        long body = Long.parseLong(ogrn.substring(0, len - 1));
        long check = body % (len == 13 ? 11 : 13) % 10;
        return check == ogrn.charAt(len - 1) - '0';
    }

    /** Completes 9 digits to an organisation's ИНН or 10 digits to a person's, by adding the control digits. */
    public static String completeInn(String digits) {
        int[] d = (digits + "00").chars().map(c -> c - '0').toArray();
        if (digits.length() == 9) {
            return digits + controlDigit(d, INN10);
        }
        if (digits.length() != 10) {
            throw new IllegalArgumentException("9 or 10 digits expected");
        }
        int first = controlDigit(d, INN12_FIRST);
        d[10] = first;
        return digits + first + controlDigit(d, INN12_SECOND);
    }

    private static int controlDigit(int[] digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += digits[i] * weights[i];
        }
        return sum % 11 % 10;
    }
}
