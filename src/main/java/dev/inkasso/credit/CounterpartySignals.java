package dev.inkasso.credit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the registers say about a counterparty. {@code sources} names the registers that answered; a register that
 * was not available is missing there, so a decision can tell "no notices" from "nobody asked".
 */
public record CounterpartySignals(RegistryStatus registryStatus, LocalDate registryCheckedOn, int bankruptcyNotices,
                                  LocalDate lastBankruptcyNoticeOn, int openEnforcements, BigDecimal enforcementAmount,
                                  int arbitrationCasesAsDefendant, BigDecimal arbitrationAmount, List<String> sources) {

    /** ЕГРЮЛ/ЕГРИП: действующее, в стадии ликвидации, исключено / прекратило деятельность; UNKNOWN — not found. */
    public enum RegistryStatus {
        ACTIVE("действующее"), LIQUIDATING("в стадии ликвидации"), EXCLUDED("исключено из реестра"),
        UNKNOWN("нет сведений в реестре");

        private final String label;

        RegistryStatus(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public boolean stopsCredit() {
            return this == LIQUIDATING || this == EXCLUDED;
        }
    }

    public static CounterpartySignals none() {
        return new CounterpartySignals(RegistryStatus.UNKNOWN, null, 0, null, 0, BigDecimal.ZERO.setScale(2), 0,
                BigDecimal.ZERO.setScale(2), List.of());
    }
}
