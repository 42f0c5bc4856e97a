package dev.inkasso.credit;

/**
 * Where the external signals about a counterparty come from: the state registers (ЕГРЮЛ/ЕГРИП status), the
 * bankruptcy register (ЕФРСБ), the bailiffs' data bank of enforcement proceedings (ФССП) and the arbitration courts'
 * card index (cases where the counterparty is the defendant). The registers are outside Inkasso; the shipped
 * adapter reads their exports from a folder ({@link FileCounterpartyCheckGateway}, format in the README). A real
 * provider (a СПАРК, Контур.Фокус or a direct ФНС/ФССП integration) is plugged in as another bean implementing this
 * interface, marked {@code @Primary}; it must answer within the caller's transaction timeout or throw, so the
 * credit check's job retries later instead of deciding on half the facts.
 */
public interface CounterpartyCheckGateway {
    /** What the registers say about the counterparty with this ИНН now. */
    CounterpartySignals check(String inn);
}
