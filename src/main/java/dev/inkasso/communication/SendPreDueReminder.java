package dev.inkasso.communication;

import org.springframework.stereotype.Component;

/** Task_SendPreDueReminder. */
@Component("sendPreDueReminder")
class SendPreDueReminder extends SendLetterDelegate {
    SendPreDueReminder(Letters letters) {
        super(letters, LetterKind.PRE_DUE_REMINDER);
    }
}
