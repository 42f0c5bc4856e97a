package dev.inkasso.communication;

import org.springframework.stereotype.Component;

/** Task_SendFriendlyReminder. */
@Component("sendFriendlyReminder")
class SendFriendlyReminder extends SendLetterDelegate {
    SendFriendlyReminder(Letters letters) {
        super(letters, LetterKind.FRIENDLY_REMINDER);
    }
}
