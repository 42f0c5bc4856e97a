package dev.inkasso.communication;

import org.springframework.stereotype.Component;

/** Task_SendSecondNotice. */
@Component("sendSecondNotice")
class SendSecondNotice extends SendLetterDelegate {
    SendSecondNotice(Letters letters) {
        super(letters, LetterKind.SECOND_NOTICE);
    }
}
