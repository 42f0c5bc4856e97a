package dev.inkasso.workflow;

/**
 * What a case's task is about, for its name in Tasklist: the debtor, what is outstanding and how long overdue, so an
 * officer chooses from the list instead of opening every task.
 */
public interface TaskTitle {
    /** E.g. {@code ООО «Ромашка», 150 000,00 ₽, 35 дн.}; empty if the case is unknown. */
    String about(long caseId);
}
